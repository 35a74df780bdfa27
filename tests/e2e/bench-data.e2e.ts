import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_SIZE, seedBenchData } from '../../scripts/bench-seed';
import { PAGE_SIZE } from '../../src/popup/load';
import { type Extension, launchExtension } from './harness';

/**
 * The popup over the benchmark's data set (10,000 people, 2,000 loops, 60,000 reminders, seeded
 * through the repository functions): its first screen draws, paged, with exact counts. Seeding takes
 * minutes, so this file has a long timeout; no timing is asserted (that is `npm run bench`).
 */
let extension: Extension;
const SEED_MINUTES = 20;

beforeAll(async () => {
  extension = await launchExtension();
  const bridge = await extension.bridge();
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const seeded = await seedBenchData(bridge, today);
  expect(seeded).toMatchObject(BENCH_SIZE);
  await bridge.close();
}, SEED_MINUTES * 60_000);

afterAll(async () => {
  expect(extension.strayRequests, 'requests that left the machine').toEqual([]);
  await extension.close();
});

describe('the popup with years of data', () => {
  it('draws its first screen: a page of each section, counted in full, and more on request', async () => {
    const popup = await extension.open('src/popup/index.html');
    const overdue = popup.locator('section.section-overdue');
    await overdue.waitFor();
    await popup.waitForFunction(() => performance.getEntriesByName('loopkeeper:list-drawn').length > 0);
    expect(await overdue.getByRole('listitem').count()).toBe(PAGE_SIZE);
    // The exact count comes after the first paint; it is in the "Show more" button too.
    const more = overdue.getByRole('button', {
      // Counts are written as the UI language writes numbers: "1,234" in English.
      name: new RegExp(`^Show more \\(${PAGE_SIZE} of [\\d,]+ shown\\)$`),
    });
    await more.waitFor({ timeout: 30_000 });
    const total = Number((await overdue.locator('.section-count').textContent()) ?? '0');
    expect(total).toBeGreaterThan(1000);
    // Latest first: the first overdue reminder is the most recently due.
    const dues = await overdue.locator('.reminder-due').allTextContents();
    const days = dues.map((text) =>
      text === '1 day overdue' ? 1 : Number(text.split(' ')[0]?.replaceAll(',', '')),
    );
    expect(days).toEqual([...days].sort((a, b) => a - b));
    await more.click();
    await popup.waitForFunction(
      (size) => document.querySelectorAll('section.section-overdue li').length === 2 * size,
      PAGE_SIZE,
    );
    // The why, on demand: the first row's reason sentence.
    await overdue.getByRole('button', { name: /^Why/ }).first().click();
    expect(await overdue.locator('.reminder-why:not([hidden])').first().textContent()).toMatch(/\w+ \w+/);
  });
});

describe('the dashboard with years of data', () => {
  it('People draws a page of the 10,000, grows as it scrolls, and its search finds anyone', async () => {
    const page = await extension.open('src/dashboard/index.html#/people');
    const cards = page.locator('li.person-card');
    await cards.first().waitFor({ timeout: 60_000 });
    const first = await cards.count();
    expect(first).toBeLessThan(200);
    expect(await cards.first().getAttribute('aria-setsize')).toBe(String(BENCH_SIZE.people));
    expect(await cards.first().getAttribute('aria-posinset')).toBe('1');
    // Scrolling to the end of what is drawn draws the next page.
    await cards.last().scrollIntoViewIfNeeded();
    await page.waitForFunction((count) => document.querySelectorAll('li.person-card').length > count, first);
    // Someone far down the list (sorted by name), found by the search box.
    await page.getByRole('searchbox', { name: 'Search people' }).fill('Person 1999-3');
    await expect.poll(() => cards.count()).toBe(1);
    expect(await cards.first().textContent()).toContain('Person 1999-3 Example');
  });

  it('Agenda draws the first reminders with who and why, and more as it scrolls', async () => {
    const page = await extension.open('src/dashboard/index.html#/agenda');
    const rows = page.locator('li.reminder-row');
    await rows.first().waitFor({ timeout: 60_000 });
    const first = await rows.count();
    expect(first).toBeLessThan(200);
    expect(await rows.first().locator('.reason').textContent()).toMatch(/\w+ \w+/);
    await rows.last().scrollIntoViewIfNeeded();
    await page.waitForFunction((count) => document.querySelectorAll('li.reminder-row').length > count, first);
  });
});
