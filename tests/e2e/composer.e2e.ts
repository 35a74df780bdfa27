import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Extension, launchExtension, withBridge } from './harness';

/** Screenshots to look at (not committed): set SHOTS=/tmp/dir. */
async function shot(page: Page, name: string) {
  const dir = process.env.SHOTS;
  if (!dir) return;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${dir}/${name}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Acme said no yesterday after the user met Lee Park (HR, no email saved); the user's name is unknown. */
async function seed(ext: Extension) {
  const bridge = await ext.bridge();
  await withBridge(bridge, async (lk) => {
    const iso = (offset: number) => {
      const d = new Date();
      d.setDate(d.getDate() + offset);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    await lk.settings.updateSettings({ skipWeekends: false });
    const acme = await lk.companies.findOrCreateCompany({ name: 'Acme B.V.' });
    const loop = await lk.loops.createLoop({
      companyId: acme.id,
      role: 'VP Marketing',
      status: 'interviewing',
      on: iso(-20),
    });
    const lee = await lk.people.createPerson({
      name: 'Lee Park',
      headline: 'Head of People',
      company: 'Acme B.V.',
    });
    await lk.participations.addParticipant({ loopId: loop.id, personId: lee.id, role: 'hr', met: [iso(-3)] });
    await lk.loops.changeLoopStatus(loop.id, { status: 'rejected', on: iso(-1) });
    await lk.notifyDataChanged();
  });
  await bridge.close();
}

describe('drafts ready to send', () => {
  it('the first dashboard asks for the name and email addresses once', async () => {
    const extension = await launchExtension();
    const page = await extension.open('src/dashboard/index.html');
    const heading = page.getByRole('heading', { name: 'Welcome to Loopkeeper' });
    await heading.waitFor();
    const welcome = page.locator('section', { has: heading });
    await shot(page, 'welcome');
    await welcome.getByLabel('Your name').fill('Jordan Lee');
    await welcome.getByLabel('Your email addresses').fill('jordan@example.com, jordan@');
    await welcome.getByRole('button', { name: 'Continue' }).click();
    await welcome.getByText('Not an email address: jordan@').waitFor();
    await shot(page, 'welcome-error');
    await welcome.getByLabel('Your email addresses').fill('jordan@example.com, j.lee@work.example');
    await welcome.getByRole('button', { name: 'Continue' }).click();
    await heading.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { name: 'Loops' }).first().waitFor();
    expect(await page.getByRole('heading', { name: 'Welcome to Loopkeeper' }).count()).toBe(0);
    await page.goto(extension.url('src/dashboard/index.html#/settings'));
    expect(await page.getByLabel('Your email addresses').inputValue()).toBe(
      'jordan@example.com, j.lee@work.example',
    );
  });

  it('the popup composer adds the missing name and email in place, through the worker', async () => {
    const extension = await launchExtension();
    await seed(extension);
    const popup = await extension.open('src/popup/index.html');
    await popup.setViewportSize({ width: 400, height: 700 });
    const row = popup
      .getByRole('listitem')
      .filter({ hasText: 'Lee Park' })
      .filter({ hasText: 'Follow-up after a no' });
    await row.getByRole('button', { name: 'Write' }).first().click();
    await popup.getByText('This draft is not signed').waitFor();
    expect(await popup.getByRole('button', { name: 'Open in mail' }).isDisabled()).toBe(true);
    await shot(popup, 'composer-warnings');
    await popup.getByLabel('Your name', { exact: true }).fill('Jordan Lee');
    await popup.getByRole('button', { name: 'Save name' }).click();
    await popup.getByText('Saved. Your drafts are now signed Jordan Lee.').waitFor();
    expect(await popup.getByRole('textbox', { name: 'Message' }).inputValue()).toMatch(
      /With best regards,\nJordan Lee$/,
    );
    expect(await popup.getByRole('textbox', { name: 'Message' }).inputValue()).not.toContain('B.V..');
    await popup.getByLabel('Email for Lee').fill('lee.park@acme.example');
    await popup.getByRole('button', { name: 'Save email' }).click();
    const mail = popup.getByRole('link', { name: 'Open in mail' });
    await mail.waitFor();
    expect(await mail.getAttribute('href')).toMatch(/^mailto:lee\.park@acme\.example\?subject=/);
    await shot(popup, 'composer-fixed');
  });
});
