/**
 * The bench's timings of the dashboard's long lists and of the popup's list read from the database,
 * each against the empty extension page opened in alternation (ratios hold up when the shared machine
 * is busy; milliseconds do not).
 */
import type { BrowserContext } from 'playwright-core';
import { alternate, DRAWN_MARK, FRESH_MARK, median, timeOpening } from './bench-timing';

const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

/** From navigation start until `selector` is on the page (the first card or reminder drawn). */
async function timeUntilDrawn(context: BrowserContext, url: string, selector: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector(selector, { timeout: 120_000 });
    return await page.evaluate(() => performance.now());
  } finally {
    await page.close();
  }
}

/** `url` and the empty page `blank`, alternately, `runs` times each: medians and their ratio. */
async function againstBlank(runs: number, time: () => Promise<number>, blank: () => Promise<number>) {
  await time();
  await blank();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await time());
    b.push(await blank());
  }
  return { ms: round(median(a)), blankMs: round(median(b)), ratio: round(median(a) / median(b), 2) };
}

/** The popup's list read from the database (not the cached copy) against the empty page. */
export async function timeFreshPopup(context: BrowserContext, popup: string, blank: string, runs: number) {
  return againstBlank(
    runs,
    () => timeOpening(context, popup, FRESH_MARK),
    () => timeOpening(context, blank, DRAWN_MARK),
  );
}

/** Both the first list drawn (the cached one when there is one) and the empty page, as before. */
export async function timeDrawnPopup(context: BrowserContext, popup: string, blank: string, runs: number) {
  const times = await alternate(context, popup, blank, runs);
  return { ms: round(times.a), blankMs: round(times.b), ratio: round(times.a / times.b, 2) };
}

/** A dashboard view until its first row is drawn, against the empty page. */
export async function timeDashboardView(
  context: BrowserContext,
  url: string,
  selector: string,
  blank: string,
  runs: number,
) {
  return againstBlank(
    runs,
    () => timeUntilDrawn(context, url, selector),
    () => timeOpening(context, blank, DRAWN_MARK),
  );
}

/**
 * People's search, a key at a time ("person 1999-" typed into the box): from the input event until
 * the frame after the list is drawn again, per key. Returns the median and the slowest key.
 */
export async function timePeopleSearch(context: BrowserContext, url: string, text = 'person 1999-') {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector('.person-card', { timeout: 120_000 });
    // The search words are worked out in slices after the list is drawn; a user reads first, too.
    await page.waitForTimeout(2000);
    // tsx names the functions below with esbuild's __name helper; the page has none (as in bench-seed).
    await page.evaluate('globalThis.__name ??= (f) => f');
    const times: number[] = await page.evaluate(async (typed) => {
      const box = document.querySelector<HTMLInputElement>('input[type="search"]');
      if (!box) throw new Error('no search box');
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const each: number[] = [];
      for (let i = 1; i <= typed.length; i++) {
        const started = performance.now();
        box.value = typed.slice(0, i);
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
        each.push(performance.now() - started);
      }
      return each;
    }, text);
    const found = await page.locator('.person-card').count();
    if (found === 0) throw new Error(`The search for "${text}" found nobody.`);
    return {
      medianMsPerKey: round(median(times)),
      slowestMsPerKey: round(Math.max(...times)),
      keys: times.length,
    };
  } finally {
    await page.close();
  }
}
