/**
 * The Data view's long jobs at the bench's size, in the running browser over the seeded data: "Back up
 * now" (to the file downloaded), the restore of that file (choosing it until its preview, then Replace
 * until done) and the iCalendar export. The page records its long animation frames meanwhile; the
 * longest is what the user would feel as a freeze (budget: 200 ms).
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Extension } from '../tests/e2e/harness';

const round = (ms: number) => Math.round(ms);
const TIMEOUT = 600_000;

/** Starts recording the page's long frames (long-animation-frame; long tasks where it is missing). */
async function watchFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const scope = globalThis as unknown as { longestFrame: number };
    scope.longestFrame = 0;
    const type = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')
      ? 'long-animation-frame'
      : 'longtask';
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        scope.longestFrame = Math.max(scope.longestFrame, entry.duration);
    }).observe({ type, buffered: false });
  });
}

const longestFrame = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { longestFrame: number }).longestFrame);

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** Downloads through `button`; the file is kept as `name` in a folder of its own. */
async function downloadOf(page: Page, button: string, name: string): Promise<{ path: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: TIMEOUT }),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = join(mkdtempSync(join(tmpdir(), 'loopkeeper-bench-')), name);
  copyFileSync(await file.path(), path);
  return { path, text: readFileSync(path, 'utf8') };
}

export async function timeDataView(extension: Extension, log: (line: string) => void) {
  const page = await extension.open('src/dashboard/index.html#/data');
  try {
    await page.getByRole('heading', { name: 'Your data' }).waitFor();
    await watchFrames(page);
    log('Data view: Back up now…');
    const backup = await timed(() => downloadOf(page, 'Back up now', 'bench-backup.json'));
    log(`  ${(backup.value.text.length / 2 ** 20).toFixed(1)} MB in ${round(backup.ms)} ms`);
    const backupFrameMs = await longestFrame(page);

    log('Data view: choosing that file, then Replace…');
    const preview = await timed(async () => {
      // By path: the browser reads the file itself, as it would the user's.
      await page.getByLabel('Choose a backup file').setInputFiles(backup.value.path);
      await page.getByText('bench-backup.json is a valid backup').waitFor({ timeout: TIMEOUT });
    });
    const replace = await timed(async () => {
      await page.getByRole('button', { name: 'Replace everything…' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Replace', exact: true }).click();
      await page.getByText(/your data is now exactly what the backup holds/).waitFor({ timeout: TIMEOUT });
    });
    log(`  preview in ${round(preview.ms)} ms, Replace in ${round(replace.ms)} ms`);

    log('Data view: the iCalendar export…');
    const ics = await timed(() => downloadOf(page, 'Reminders (iCalendar)', 'bench.ics'));
    log(`  ${ics.value.text.split('BEGIN:VEVENT').length - 1} events in ${round(ics.ms)} ms`);
    return {
      backupMs: round(backup.ms),
      backupMB: Math.round((backup.value.text.length / 2 ** 20) * 10) / 10,
      backupFrameMs: round(backupFrameMs),
      previewMs: round(preview.ms),
      replaceMs: round(replace.ms),
      restoreMs: round(preview.ms + replace.ms),
      icsMs: round(ics.ms),
      longestFrameMs: round(await longestFrame(page)),
    };
  } finally {
    await page.close();
  }
}

/** The summary line of `npm run bench` (budget: no frame over 200 ms; restore under 10 s). */
export function describeDataView(data: Awaited<ReturnType<typeof timeDataView>>): string {
  const ok = data.longestFrameMs <= 200 && data.restoreMs <= 10_000;
  return (
    `${ok ? '✓' : '✗'} data view: backup ${data.backupMs} ms (${data.backupMB} MB), restore ${data.restoreMs} ms ` +
    `(preview ${data.previewMs} + replace ${data.replaceMs}; budget 10000), iCalendar ${data.icsMs} ms, ` +
    `longest frame ${data.longestFrameMs} ms (budget 200)`
  );
}
