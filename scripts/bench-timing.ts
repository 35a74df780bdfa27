/**
 * Opening time of an extension page in the running browser: from navigation start to the
 * 'loopkeeper:list-drawn' mark (the popup sets it the frame after today's list is drawn; the blank
 * page the frame after its one line is).
 */
import type { BrowserContext } from 'playwright-core';

export const DRAWN_MARK = 'loopkeeper:list-drawn';
/** The popup's list as read from the database (after the cached one, when there was one). */
export const FRESH_MARK = 'loopkeeper:list-fresh';

export async function timeOpening(context: BrowserContext, url: string, mark = DRAWN_MARK): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
      timeout: 60_000,
    });
    return await page.evaluate(
      (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
      mark,
    );
  } finally {
    await page.close();
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Opens `a` and `b` in alternation, `runs` times each after one unmeasured warm-up of each. */
export async function alternate(context: BrowserContext, a: string, b: string, runs: number) {
  await timeOpening(context, a);
  await timeOpening(context, b);
  const times = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < runs; i++) {
    times.a.push(await timeOpening(context, a));
    times.b.push(await timeOpening(context, b));
  }
  return { a: median(times.a), b: median(times.b), samples: times };
}
