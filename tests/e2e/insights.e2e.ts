/**
 * Insights (issue 17): the seeded search's figures in each chart's table, every chart an image named by
 * its heading and described by its numbers, a chart saved as SVG and as PNG, no network, and no axe
 * violations in the light and the dark theme.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedSearch } from './board-seed';
import { launchExtension } from './harness';

/** A chart's table as { row: [numbers] }, read from the page. */
async function tableOf(page: Page, chart: string): Promise<Record<string, number[]>> {
  const region = page.getByRole('region', { name: chart });
  const rows = await region
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('th')?.textContent ?? '',
        [...tr.querySelectorAll('td')].map((td) => Number(td.textContent)),
      ]),
    );
  return Object.fromEntries(rows);
}

const columnSums = (table: Record<string, number[]>) =>
  Object.values(table).reduce((sums, row) => row.map((value, i) => value + (sums[i] ?? 0)), [] as number[]);

describe('insights', () => {
  it('shows the seeded figures in the tables beside the charts, and saves a chart as SVG and PNG', async () => {
    const extension = await launchExtension();
    await seedSearch(extension);
    const page = await extension.open('src/dashboard/index.html#/insights');
    await page.getByRole('img', { name: /^Loops that reached each stage/ }).waitFor();

    expect(await tableOf(page, 'Loops that reached each stage')).toEqual({
      Applied: [5],
      Screening: [4],
      Interviewing: [3],
      'Final round': [1],
      Offer: [1],
    });
    expect(await tableOf(page, 'Follow-ups: on time, late, dismissed')).toEqual({
      'Done on time': [1],
      'Done late': [1],
      Dismissed: [1],
    });
    // Month by month the rows depend on today's date; over the twelve months every loop started and
    // each of the four people met once.
    expect(columnSums(await tableOf(page, 'Loops started per month'))).toEqual([5]);
    expect(columnSums(await tableOf(page, 'People met per month'))).toEqual([4]);
    const ahead = await tableOf(page, 'The next six months');
    expect(Object.keys(ahead)).toHaveLength(6);
    // Check-ins (Hooli, five months on), progress updates (Kim), offer deadlines (Umbrella), then the rest.
    expect(columnSums(ahead).slice(0, 3)).toEqual([1, 1, 1]);
    await page
      .getByRole('img', {
        name: 'Loops that reached each stage Applied: 5, Screening: 4, Interviewing: 3, Final round: 1, Offer: 1.',
      })
      .waitFor();

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save “Loops that reached each stage” as SVG' }).click(),
    ]);
    expect(svg.suggestedFilename()).toBe('funnel.svg');
    const text = readFileSync((await svg.path()) as string, 'utf8');
    expect(text).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain('>Interviewing</text>');
    expect(text).not.toContain('var(--');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save “Loops that reached each stage” as PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('funnel.png');
    const bytes = readFileSync((await png.path()) as string);
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(extension.strayRequests).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('no axe violations, %s theme', async (scheme) => {
    const extension = await launchExtension();
    await seedSearch(extension);
    const page = await extension.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(extension.url('src/dashboard/index.html#/insights'));
    await page.getByRole('img', { name: /^The next six months/ }).waitFor();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});
