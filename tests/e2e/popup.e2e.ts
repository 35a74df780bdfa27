import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Extension, launchExtension, withBridge } from './harness';
import { seedRejectionOfFive } from './popup-seed';

/**
 * A job search through the repository functions, weekends not skipped so the dates are exact (see
 * tests/popup/seed.ts): Acme rejected yesterday after meeting Dana (hiring manager, hit it off) and
 * Lee (HR) three days ago — their thank-yous obsolete, the follow-ups due today; Globex made an offer
 * yesterday after meeting Sam and Noor three days ago — their thank-yous three days overdue.
 */
async function seed(ext: Extension): Promise<{ today: string }> {
  const bridge = await ext.bridge();
  const today = await withBridge(bridge, async (lk) => {
    const iso = (offset: number) => {
      const d = new Date();
      d.setDate(d.getDate() + offset);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    await lk.settings.updateSettings({ skipWeekends: false, myName: 'Alex Morgan' });
    const acme = await lk.companies.findOrCreateCompany({ name: 'Acme Corp' });
    const loop = await lk.loops.createLoop({
      companyId: acme.id,
      role: 'VP Marketing',
      status: 'interviewing',
      on: iso(-20),
    });
    const dana = await lk.people.createPerson({
      name: 'Dana Hill',
      headline: 'Chief Marketing Officer',
      company: 'Acme Corp',
      emails: ['dana.hill@acme.example'],
      profiles: { linkedin: 'https://www.linkedin.com/in/dana-hill', other: [] },
    });
    const lee = await lk.people.createPerson({
      name: 'Lee Park',
      headline: 'Head of People',
      company: 'Acme Corp',
    });
    await lk.participations.addParticipant({
      loopId: loop.id,
      personId: dana.id,
      role: 'hiring-manager',
      hitItOff: true,
      met: [iso(-3)],
    });
    await lk.participations.addParticipant({ loopId: loop.id, personId: lee.id, role: 'hr', met: [iso(-3)] });
    await lk.loops.changeLoopStatus(loop.id, { status: 'rejected', on: iso(-1) });
    const globex = await lk.companies.findOrCreateCompany({ name: 'Globex' });
    const offer = await lk.loops.createLoop({
      companyId: globex.id,
      role: 'Head of Growth',
      status: 'final-round',
      on: iso(-30),
    });
    // Met three days ago, before the offer (which leaves a thank-you standing): two overdue thank-yous.
    const sam = await lk.people.createPerson({
      name: 'Sam Ortiz',
      headline: 'VP Product',
      company: 'Globex',
    });
    const noor = await lk.people.createPerson({
      name: 'Noor Haddad',
      headline: 'Growth Lead',
      company: 'Globex',
    });
    await lk.participations.addParticipant({
      loopId: offer.id,
      personId: sam.id,
      role: 'interviewer',
      met: [iso(-3)],
    });
    await lk.participations.addParticipant({
      loopId: offer.id,
      personId: noor.id,
      role: 'peer',
      met: [iso(-3)],
    });
    await lk.loops.changeLoopStatus(offer.id, { status: 'offer', on: iso(-1) });
    await lk.notifyDataChanged();
    return iso(0);
  });
  await bridge.close();
  return { today };
}

const badge = (ext: Extension) =>
  ext.worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
    ).chrome.action.getBadgeText({}),
  );

async function waitForBadge(ext: Extension, text: string) {
  for (let i = 0; i < 50 && (await badge(ext)) !== text; i++) await new Promise((r) => setTimeout(r, 100));
  expect(await badge(ext)).toBe(text);
}

/** The row of that kind about `who` (a person, or the loop for a loop's own task), by its menu's name. */
const card = (popup: Page, who: string, kind: string) =>
  popup
    .getByRole('listitem')
    .filter({ has: popup.getByRole('button', { name: `More actions: ${kind} for ${who}`, exact: true }) });
const moreActions = (row: ReturnType<typeof card>) => row.getByRole('button', { name: /^More actions/ });

describe('the popup in Chromium', () => {
  it('shows overdue, today and the next 14 days with who, which loop and why; the badge counts what is due', async () => {
    const extension = await launchExtension();
    await seed(extension);
    const popup = await extension.open('src/popup/index.html');
    await popup.getByRole('heading', { name: /^Overdue/ }).waitFor();
    const headings = await popup.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual(['Overdue2', 'Due today3', 'Next 14 days6']);
    // Overdue: the thank-yous for Globex's meetings; Acme's rejection made its own obsolete.
    await card(popup, 'Sam Ortiz', 'Thank-you note').waitFor();
    await card(popup, 'Noor Haddad', 'Thank-you note').waitFor();
    expect(await card(popup, 'Dana Hill', 'Thank-you note').count()).toBe(0);
    const follow = card(popup, 'Dana Hill', 'Follow-up after a no');
    await follow.waitFor();
    // Who, what and when in the row; the loop in its group's header; the why on demand.
    expect(await follow.locator('.reminder-meta').textContent()).toBe('TodayFollow-up after a no');
    const group = popup.locator('.group').filter({ has: follow });
    expect(await group.getByRole('heading', { level: 3 }).textContent()).toBe('Acme Corp — VP Marketing');
    await follow.getByRole('button', { name: /^Why/ }).click();
    expect(await follow.getByRole('button', { name: /^Why/ }).getAttribute('aria-expanded')).toBe('true');
    const text = await follow.textContent();
    expect(text).toContain('Chief Marketing Officer · Acme Corp');
    expect(text).toContain(
      'Acme Corp chose someone else for VP Marketing. Tell Dana you are still interested',
    );
    const talk = card(popup, 'Globex — Head of Growth', 'Talk with the hiring manager');
    await talk.getByRole('button', { name: /^Why/ }).click();
    expect(await talk.textContent()).toContain('Ask the hiring manager at Globex for a frank conversation');
    await waitForBadge(extension, '5');
  });

  it('writes from the template: an encoded mailto: link, the profile, and Mark as sent with undo', async () => {
    const extension = await launchExtension();
    await seed(extension);
    const popup = await extension.open('src/popup/index.html');
    await card(popup, 'Dana Hill', 'Follow-up after a no').getByRole('button', { name: 'Write' }).click();
    const subject = popup.getByRole('textbox', { name: 'Subject' });
    await subject.waitFor();
    expect(await subject.inputValue()).toBe('Staying in touch after the VP Marketing search');
    await subject.fill('Still keen & in touch?');
    const href = await popup.getByRole('link', { name: 'Open in mail' }).getAttribute('href');
    expect(href).toMatch(
      /^mailto:dana\.hill@acme\.example\?subject=Still%20keen%20%26%20in%20touch%3F&body=Hi%20Dana%2C%0D%0A/,
    );
    const body = new URLSearchParams((href ?? '').split('?')[1]?.replace(/\+/g, '%2B')).get('body');
    expect(body).toBe(
      (await popup.getByRole('textbox', { name: 'Message' }).inputValue()).replace(/\n/g, '\r\n'),
    );
    expect(await popup.getByRole('link', { name: 'Open profile' }).getAttribute('href')).toBe(
      'https://www.linkedin.com/in/dana-hill',
    );
    await popup.getByRole('combobox', { name: 'Sent by' }).selectOption('linkedin');
    await popup.getByRole('button', { name: 'Mark as sent' }).click();
    const status = popup.getByRole('status').filter({ hasText: 'Logged: LinkedIn to Dana Hill' });
    await status.waitFor();
    await waitForBadge(extension, '4');
    await popup.getByRole('button', { name: 'Undo' }).click();
    await card(popup, 'Dana Hill', 'Follow-up after a no').waitFor();
    await waitForBadge(extension, '5');
    const bridge = await extension.bridge();
    expect((await withBridge(bridge, async (lk) => lk.counts())).touches).toBe(0);
  });

  it('completes a task with Done, snoozes and dismisses by keyboard, each undoable', async () => {
    const extension = await launchExtension();
    await seed(extension);
    const popup = await extension.open('src/popup/index.html');
    const review = card(popup, 'Acme Corp — VP Marketing', 'Review the process');
    await moreActions(review).click();
    expect(await review.getByRole('link', { name: 'Open the review' }).getAttribute('href')).toMatch(
      /^\/src\/dashboard\/index\.html#\/loops\/[\w-]+$/,
    );
    await review.getByRole('button', { name: /^Done/ }).first().click();
    await popup.getByRole('status').filter({ hasText: 'Done: Acme Corp — VP Marketing.' }).waitFor();
    expect(await review.count()).toBe(0);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await review.waitFor();

    // Snooze a day, by keyboard only: "More actions", then its first snooze choice.
    const lee = card(popup, 'Lee Park', 'Follow-up after a no');
    await popup.bringToFront(); // keyboard focus needs the page in front
    await moreActions(lee).focus();
    await popup.keyboard.press('Enter');
    // The menu opens and moves the focus to its first choice in a later frame: wait for it.
    await popup.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Mark sent: Email');
    for (let i = 0; i < 10; i++) {
      if ((await popup.evaluate(() => document.activeElement?.textContent?.trim())) === 'Snooze a day') break;
      await popup.keyboard.press('Tab');
    }
    expect(await popup.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Snooze a day');
    await popup.keyboard.press('Enter');
    await popup.getByRole('status').filter({ hasText: 'Snoozed until' }).waitFor();
    expect(await lee.locator('.reminder-due').textContent()).toBe('Tomorrow');
    await waitForBadge(extension, '4');
    await popup.waitForFunction(() => document.activeElement?.classList.contains('toast-undo') === true);
    await popup.keyboard.press('Enter'); // focus went to Undo
    await popup.getByRole('status').filter({ hasText: 'Undone' }).waitFor();
    expect(await lee.locator('.reminder-due').textContent()).toBe('Today');

    // The list's keys: j to Lee's row, s snoozes it a day, and the focus stays in the list.
    await popup.locator('body').focus();
    for (let i = 0; i < 20; i++) {
      const focused = await popup.evaluate(() =>
        document.activeElement?.matches('li.reminder') ? (document.activeElement.textContent ?? '') : '',
      );
      if (focused.includes('Lee Park') && focused.includes('Follow-up after a no')) break;
      await popup.keyboard.press('j');
    }
    await popup.keyboard.press('s');
    await popup.getByRole('status').filter({ hasText: 'Snoozed until' }).waitFor();
    expect(await lee.locator('.reminder-due').textContent()).toBe('Tomorrow');
    expect(await popup.evaluate(() => document.activeElement?.matches('li.reminder'))).toBe(true);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup.getByRole('status').filter({ hasText: 'Undone' }).waitFor();

    const questions = card(popup, 'Globex — Head of Growth', 'Prepare your questions');
    await moreActions(questions).click();
    await questions.getByRole('button', { name: 'Dismiss' }).click();
    await popup.getByRole('status').filter({ hasText: 'Dismissed: Globex — Head of Growth.' }).waitFor();
    await waitForBadge(extension, '4');
    expect(await questions.count()).toBe(0);
  });

  it('says how to save the first interviewer when nothing is saved, with New loop and Save this page', async () => {
    const extension = await launchExtension();
    const popup = await extension.open('src/popup/index.html');
    await popup.getByText('Save your first interviewer').waitFor();
    expect(await badge(extension)).toBe('');
    expect(await popup.getByRole('link', { name: 'New loop' }).getAttribute('href')).toBe(
      '/src/dashboard/index.html#/loops/new',
    );
    // Opened here as a page, the popup has no tab to save from: the button says why.
    const save = popup.getByRole('button', { name: 'Save this page' });
    expect(await save.getAttribute('aria-disabled')).toBe('true');
    expect(
      await save.evaluate(
        (b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent,
      ),
    ).toContain('This tab shows no profile');
    const [tab] = await Promise.all([
      extension.context.waitForEvent('page'),
      popup.getByRole('link', { name: 'New loop' }).click(),
    ]);
    expect(tab.url()).toBe(extension.url('src/dashboard/index.html#/loops/new'));
  });

  it('after a rejection with five people, fits the loop and its rows on one screen at 400×600', async () => {
    const extension = await launchExtension();
    await seedRejectionOfFive(extension);
    const popup = await extension.open('src/popup/index.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    const group = popup.locator('.section-today .group');
    await group.getByRole('heading', { name: 'Northwind Labs — Chief Operating Officer' }).waitFor();
    const rows = group.getByRole('listitem');
    expect(await rows.count()).toBe(5);
    expect(await rows.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Follow-up after a no')]),
    );
    const inside = async (box: { x: number; y: number; width: number; height: number } | null) => {
      expect(box).not.toBeNull();
      if (!box) return;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(400);
      expect(box.y + box.height).toBeLessThanOrEqual(600);
    };
    await inside(await group.getByRole('button', { name: /^Mark all sent: 5 messages/ }).boundingBox());
    for (let i = 0; i < 5; i++) await inside(await rows.nth(i).boundingBox());
    // The LinkedIn connections of tomorrow start on the same screen, under the same loop.
    await inside(await popup.locator('.section-upcoming .group-title').first().boundingBox());
    // Mark all sent: five touches in one call, one Undo.
    await group.getByRole('button', { name: /^Mark all sent: 5 messages/ }).click();
    await popup.getByRole('status').filter({ hasText: 'Marked 5 messages sent' }).waitFor();
    const bridge = await extension.bridge();
    expect((await withBridge(bridge, async (lk) => lk.counts())).touches).toBe(5);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup.getByRole('status').filter({ hasText: 'Undone' }).waitFor();
    expect((await withBridge(bridge, async (lk) => lk.counts())).touches).toBe(0);
    expect(await rows.count()).toBe(5);
  });

  it('fits 360 px without scrolling sideways, and opens the composer from a ?write= link', async () => {
    const extension = await launchExtension();
    const { reminderId } = await seedRejectionOfFive(extension);
    const popup = await extension.open('src/popup/index.html');
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.evaluate(() => {
      document.body.style.width = '360px';
    });
    await popup.locator('.section-today .group').waitFor();
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const tab = await extension.open(`src/popup/index.html?view=tab&write=${reminderId}`);
    await tab.getByRole('heading', { name: /Kim Oduya-Barrington/ }).waitFor();
    expect(await tab.getByRole('textbox', { name: 'Subject' }).inputValue()).not.toBe('');
  });
});
