/**
 * Nothing typed is lost: text saves as it is typed and survives leaving the route, closing the tab and
 * the browser being killed; an edited template is what the next draft uses.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Extension, launchExtension, withBridge } from './harness';

function localDate(offsetDays = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Acme Corp, VP Marketing, interviewing; Dana Hill met there today (her thank-you is planned). */
async function seed(extension: Extension) {
  const bridge = await extension.bridge();
  const ids = await withBridge(
    bridge,
    async (lk, dates) => {
      const company = await lk.companies.findOrCreateCompany({ name: 'Acme Corp' });
      const loop = await lk.loops.createLoop({
        companyId: company.id,
        role: 'VP Marketing',
        status: 'interviewing',
        on: dates.start,
      });
      const dana = await lk.people.createPerson({ name: 'Dana Hill', company: 'Acme Corp' });
      await lk.participations.addParticipant({
        loopId: loop.id,
        personId: dana.id,
        role: 'hiring-manager',
        met: [dates.today],
      });
      return { loopId: loop.id, personId: dana.id };
    },
    { start: localDate(-14), today: localDate() },
  );
  return { bridge, ...ids };
}

/** Write-ahead copies still waiting for their write (none once "Saved" shows). */
function pendingCopies(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('loopkeeper.autosave:')),
  );
}

/** The browser process of this profile (not its renderers or helpers, which carry --type=). */
function browserPid(userDataDir: string): number {
  const pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  for (const pid of pids) {
    let args: string[];
    try {
      args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // gone meanwhile
    }
    if (args.includes(`--user-data-dir=${userDataDir}`) && !args.some((arg) => arg.startsWith('--type=')))
      return Number(pid);
  }
  throw new Error(`no browser process for ${userDataDir}`);
}

describe('nothing typed is lost', () => {
  it('(a) loop notes typed and the route left at once are there on coming back, and saved', async () => {
    const extension = await launchExtension();
    const { bridge, loopId } = await seed(extension);
    const page = await extension.open(`src/dashboard/index.html#/loops/${loopId}`);
    const notes = page.getByLabel('Notes on this loop');
    await notes.pressSequentially('Ask about the Berlin team');
    await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { name: 'People' }).first().waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Acme Corp' }).waitFor();
    expect(await page.getByLabel('Notes on this loop').inputValue()).toBe('Ask about the Berlin team');
    await expect
      .poll(() => withBridge(bridge, async (lk, id) => (await lk.loops.getLoop(id)).notes, loopId))
      .toBe('Ask about the Berlin team');
  });

  it('(b) person notes typed and the tab closed at once are there in a new tab, and saved', async () => {
    const extension = await launchExtension();
    const { bridge, personId } = await seed(extension);
    const page = await extension.open(`src/dashboard/index.html#/people/${personId}`);
    await page.getByLabel('Notes on this person').pressSequentially('Loves sailing; two kids');
    await page.close();
    const again = await extension.open(`src/dashboard/index.html#/people/${personId}`);
    const notes = again.getByLabel('Notes on this person');
    await notes.waitFor();
    expect(await notes.inputValue()).toBe('Loves sailing; two kids');
    await expect
      .poll(() => withBridge(bridge, async (lk, id) => (await lk.people.getPerson(id)).notes, personId))
      .toBe('Loves sailing; two kids');
    // Written by the closing page (pagehide) or, had that been cut off, from the write-ahead copy now.
    await expect.poll(() => pendingCopies(again)).toEqual([]);
  });

  it('(c) the review, once "Saved" shows, survives the browser being killed', async () => {
    let extension = await launchExtension();
    const profile = extension.userDataDir;
    try {
      const { loopId } = await seed(extension);
      const page = await extension.open(`src/dashboard/index.html#/loops/${loopId}/review`);
      const review = page.getByRole('region', { name: 'Review' });
      await review.getByLabel('What went well').pressSequentially('The case study landed');
      await review.getByLabel('What to improve').pressSequentially('Shorter answers on salary');
      await expect.poll(() => review.getByRole('status').allTextContents()).toEqual(['Saved', 'Saved']);
      // It is in IndexedDB, not only in the write-ahead copy.
      expect(await pendingCopies(page)).toEqual([]);

      const closed = new Promise((resolve) => extension.context.once('close', resolve));
      process.kill(browserPid(profile), 'SIGKILL');
      await closed;
      extension.closed = true; // nothing left to close

      extension = await launchExtension({ userDataDir: profile });
      const again = await extension.open(`src/dashboard/index.html#/loops/${loopId}/review`);
      const reviewAgain = again.getByRole('region', { name: 'Review' });
      await reviewAgain.getByLabel('What went well').waitFor();
      expect(await reviewAgain.getByLabel('What went well').inputValue()).toBe('The case study landed');
      expect(await reviewAgain.getByLabel('What to improve').inputValue()).toBe('Shorter answers on salary');
      await extension.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('(d) a template body edited and left is kept, and the next draft uses it', async () => {
    const extension = await launchExtension();
    const { personId } = await seed(extension);
    const page = await extension.open('src/dashboard/index.html#/templates');
    await page.getByLabel('Message').selectOption({ label: 'Thank-you note' });
    const body = page.getByLabel('Body');
    await body.fill('Dear {firstName}, thank you for today. Autosaved.');
    await page.getByRole('navigation').getByRole('link', { name: 'Agenda' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Templates' }).click();
    expect(await page.getByLabel('Body').inputValue()).toBe(
      'Dear {firstName}, thank you for today. Autosaved.',
    );

    await page.goto(extension.url(`src/dashboard/index.html#/people/${personId}`));
    await page
      .getByRole('button', { name: /^Write/ })
      .first()
      .click();
    const draft = page.getByRole('dialog');
    const message = draft.getByRole('textbox', { name: 'Message' });
    await message.waitFor();
    expect(await message.inputValue()).toMatch(/^Dear Dana, thank you for today\. Autosaved\./);
  });
});
