/**
 * The board (issue 17): a card dragged with the mouse and one moved from the keyboard both change the
 * loop's stage, dated today, and Undo puts each back; a card moved to the closed column asks how the
 * loop ended and shows the outcome's preview first; no axe violations, light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LONG_COMPANY, seedSearch } from './board-seed';
import { dialog, localDate } from './dashboard-helpers';
import { type Extension, launchExtension, withBridge } from './harness';

/** The loop of `company` as stored: its status, the date of its last change and how many reminders it has. */
async function loopOf(extension: Extension, company: string) {
  const bridge = await extension.bridge();
  const found = await withBridge(
    bridge,
    async (lk, name) => {
      const snapshot = await lk.readSnapshot();
      const companyId = snapshot.companies.find((c) => c.name === name)?.id;
      const loop = snapshot.loops.find((l) => l.companyId === companyId);
      const reminders = snapshot.reminders.filter((r) => r.loopId === loop?.id);
      return {
        status: loop?.status,
        last: loop?.history.at(-1)?.on,
        changes: loop?.history.length,
        reminders: reminders.map((r) => `${r.key} ${r.status}`).sort(),
      };
    },
    company,
  );
  await bridge.close();
  return found;
}

async function openBoard(extension: Extension): Promise<Page> {
  const page = await extension.open('src/dashboard/index.html#/board');
  await page.getByRole('list', { name: 'Applied' }).getByRole('link', { name: 'Acme' }).waitFor();
  return page;
}

const inColumn = (page: Page, column: string, company: string) =>
  page.getByRole('list', { name: column }).getByRole('link', { name: company, exact: true });

describe('the board', () => {
  it('a card dragged to another column changes its stage today, and Undo moves it back', async () => {
    const extension = await launchExtension();
    await seedSearch(extension);
    const page = await openBoard(extension);

    const card = page
      .locator('li[data-loop]')
      .filter({ has: page.getByRole('link', { name: 'Acme', exact: true }) });
    await card.dragTo(page.locator('[data-column="screening"]'));
    await inColumn(page, 'Screening', 'Acme').waitFor();
    await page.getByText('Acme moved to Screening').waitFor();
    expect(await loopOf(extension, 'Acme')).toMatchObject({
      status: 'screening',
      last: localDate(),
      changes: 2,
    });

    await page.getByRole('button', { name: 'Undo' }).click();
    await inColumn(page, 'Applied', 'Acme').waitFor();
    expect(await loopOf(extension, 'Acme')).toMatchObject({
      status: 'applied',
      last: localDate(-10),
      changes: 1,
    });
  });

  it('the arrow keys move a card a column and keep the focus on it; Undo moves it back', async () => {
    const extension = await launchExtension();
    await seedSearch(extension);
    const page = await openBoard(extension);

    await inColumn(page, 'Interviewing', 'Initech').focus();
    await page.keyboard.press('ArrowRight');
    await inColumn(page, 'Final round', 'Initech').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Initech');
    expect(await loopOf(extension, 'Initech')).toMatchObject({ status: 'final-round', last: localDate() });

    await page.getByRole('button', { name: 'Undo' }).click();
    await inColumn(page, 'Interviewing', 'Initech').waitFor();
    expect(await loopOf(extension, 'Initech')).toMatchObject({ status: 'interviewing', changes: 1 });
  });

  it('Move to… Closed asks how the loop ended and previews the outcome; Undo restores its reminders', async () => {
    const extension = await launchExtension();
    await seedSearch(extension);
    const page = await openBoard(extension);
    const before = await loopOf(extension, LONG_COMPANY);

    await page.getByRole('button', { name: `Move to… (${LONG_COMPANY}, VP Marketing)` }).click();
    await page.getByRole('button', { name: 'Closed…' }).click();
    let open = await dialog(page);
    await open.getByRole('heading', { name: `How did the ${LONG_COMPANY} loop end?` }).waitFor();
    await open.getByRole('button', { name: 'They chose someone else' }).click();
    open = await dialog(page);
    await open.getByRole('heading', { name: /^Record “Not selected” on / }).waitFor();
    await open.getByText('Follow-up after a no').waitFor();
    await open.getByRole('button', { name: 'Confirm: Not selected' }).click();
    await page.getByText(`${LONG_COMPANY} moved to Not selected`).waitFor();
    await expect.poll(() => page.locator('[data-column="closed"] .count').textContent()).toBe('2');
    const after = await loopOf(extension, LONG_COMPANY);
    expect(after.status).toBe('rejected');
    expect(after.reminders.some((r) => r.startsWith('rejection-follow-up'))).toBe(true);

    await page.getByRole('button', { name: 'Undo' }).click();
    await inColumn(page, 'Screening', LONG_COMPANY).waitFor();
    expect(await loopOf(extension, LONG_COMPANY)).toEqual(before);
  });

  it.each(['light', 'dark'] as const)(
    'no axe violations with the closed column open, %s theme',
    async (scheme) => {
      const extension = await launchExtension();
      await seedSearch(extension);
      const page = await extension.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(extension.url('src/dashboard/index.html#/board'));
      await page.getByRole('button', { name: 'Closed' }).click();
      await inColumn(page, 'Closed', 'Hooli').waitFor();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
        [],
      );
    },
  );
});
