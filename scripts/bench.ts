/**
 * `npm run bench [-- --json]`: the performance budgets of ENGINEERING.md, measured on this machine.
 *
 * 1. Builds the extension twice: the shipped build (for sizes) and the e2e build (with the test bridge
 *    and an empty extension page), each in a folder of its own under .cache/.
 * 2. Seeds a tenth of the data set (1,000 people) and times the popup's list read from the database
 *    against an empty extension page; then, in another profile, seeds 10,000 people, 2,000 loops and
 *    60,000 reminders through the repository functions (scripts/bench-seed.ts, timed), runs the daily
 *    pass as the alarm would, times a settings change that replans everything, opens the popup and the
 *    empty page in alternation (9 times each after a warm-up; medians), the dashboard's People and
 *    Agenda the same way, and People's search a key at a time; last, restarts the browser on that
 *    profile, stops the worker and times the first opening (scripts/bench-views.ts).
 * 3. Measures the gzip size of the popup, content script and dashboard with every chunk they load.
 * 4. Times extraction over the page corpus (scripts/corpus-lib.ts), when the corpus is there.
 *
 * Progress goes to stderr; stdout gets a summary, or with --json exactly one JSON object.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeDataView, timeDataView } from './bench-data-view';
import { BENCH_SIZE, type BenchSize, run, SMALL_BENCH_SIZE, seedBenchData } from './bench-seed';
import { FRESH_MARK, timeOpening } from './bench-timing';
import { timeDashboardView, timeDrawnPopup, timeFreshPopup, timePeopleSearch } from './bench-views';
import { BUDGETS_KB, measureBundles } from './check-sizes.mjs';
import { loadCorpus, median, repoRoot, timeExtraction } from './corpus-lib';

const RUNS = 9;
const json = process.argv.includes('--json');
const log = (line: string) => process.stderr.write(`${line}\n`);
const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

function build(outDir: string, mode?: string) {
  rmSync(join(repoRoot, outDir), { recursive: true, force: true });
  execFileSync('npx', ['vite', 'build', ...(mode ? ['--mode', mode] : []), '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OUT_DIR: outDir },
  });
}

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

async function launch(userDataDir?: string) {
  process.env.E2E_DIST = '.cache/bench-e2e';
  const { launchExtension } = await import('../tests/e2e/harness');
  return launchExtension(userDataDir ? { userDataDir } : {});
}

type Launched = Awaited<ReturnType<typeof launch>>;

async function seed(extension: Launched, size: BenchSize) {
  const bridge = await extension.bridge();
  const today = localToday();
  log(`Seeding ${size.people} people through the repository functions…`);
  const seeded = await seedBenchData(bridge, today, log, size);
  log(
    `  ${seeded.people} people, ${seeded.loops} loops, ${seeded.reminders} reminders in ${seeded.seconds} s`,
  );
  // The daily pass the alarm runs: thank-yous left open too long are marked expired.
  await run(bridge, async (lk, day: string) => lk.reminders.expireReminders(day), today);
  return { bridge, seeded };
}

/** A settings change that replans every loop and person (and back), timed in the bridge page. */
async function timeReplan(bridge: Page): Promise<number> {
  const seconds = (days: number) =>
    run(
      bridge,
      async (lk, rapportCallDays: number) => {
        const started = performance.now();
        await lk.settings.updateSettings({ intervals: { rapportCallDays } });
        return (performance.now() - started) / 1000;
      },
      days,
    );
  const there = await seconds(4);
  const back = await seconds(3);
  return round((there + back) / 2, 2);
}

/** The popup's fresh list with a tenth of the data (flat cost: about the same ratio as at full size). */
async function smallData() {
  const extension = await launch();
  try {
    const { bridge } = await seed(extension, SMALL_BENCH_SIZE);
    await bridge.close();
    const fresh = await timeFreshPopup(extension.context, popupUrl(extension), blankUrl(extension), RUNS);
    log(`  fresh list with ${SMALL_BENCH_SIZE.people} people: ${fresh.ms} ms, blank ${fresh.blankMs} ms`);
    return fresh;
  } finally {
    await extension.close();
  }
}

const popupUrl = (extension: Launched) => extension.url('src/popup/index.html');
const blankUrl = (extension: Launched) => extension.url('src/testing/blank.html');

async function fullData() {
  const profile = mkdtempSync(join(tmpdir(), 'loopkeeper-bench-'));
  try {
    const extension = await launch(profile);
    const { bridge, seeded } = await seed(extension, BENCH_SIZE);
    log('Re-planning everything after a settings change…');
    const replanSeconds = await timeReplan(bridge);
    await bridge.close();
    const context = extension.context;
    log(`Opening the popup and an empty page in alternation, ${RUNS} times each…`);
    const drawn = await timeDrawnPopup(context, popupUrl(extension), blankUrl(extension), RUNS);
    const fresh = await timeFreshPopup(context, popupUrl(extension), blankUrl(extension), RUNS);
    log(`  popup drawn ${drawn.ms} ms, list from the database ${fresh.ms} ms, blank ${fresh.blankMs} ms`);
    log('Opening the dashboard’s People and Agenda…');
    const dashboard = extension.url('src/dashboard/index.html');
    const people = await timeDashboardView(
      context,
      `${dashboard}#/people`,
      '.person-card',
      blankUrl(extension),
      5,
    );
    const agenda = await timeDashboardView(
      context,
      `${dashboard}#/agenda`,
      '.reminder-row',
      blankUrl(extension),
      5,
    );
    const search = await timePeopleSearch(context, `${dashboard}#/people`);
    log(`  people ${people.ms} ms, agenda ${agenda.ms} ms, search ${search.medianMsPerKey} ms a key`);
    // Backup, restore and the calendar export at the same size (scripts/bench-data-view.ts).
    const data = await timeDataView(extension, log);
    if (extension.strayRequests.length)
      throw new Error(`Requests left the machine: ${extension.strayRequests}`);
    await extension.close({ keepProfile: true });
    log('Restarting the browser: the first opening, with the worker stopped…');
    const cold = await launch(profile);
    try {
      const cdp = await cold.context.newCDPSession(await cold.context.newPage());
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      const coldMs = round(await timeOpening(cold.context, popupUrl(cold), FRESH_MARK));
      return { seeded, replanSeconds, drawn, fresh, people, agenda, search, coldMs, data };
    } finally {
      await cold.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function popupTiming() {
  const small = await smallData();
  const full = await fullData();
  return {
    popup: {
      ms: full.drawn.ms,
      blankMs: full.drawn.blankMs,
      ratio: full.drawn.ratio,
      freshMs: full.fresh.ms,
      freshBlankMs: full.fresh.blankMs,
      freshRatio: full.fresh.ratio,
      coldMs: full.coldMs,
      small: {
        people: SMALL_BENCH_SIZE.people,
        freshMs: small.ms,
        blankMs: small.blankMs,
        freshRatio: small.ratio,
      },
      people: full.seeded.people,
      loops: full.seeded.loops,
      reminders: full.seeded.reminders,
    },
    write: { seedSeconds: full.seeded.seconds, replanSeconds: full.replanSeconds },
    dashboard: { people: full.people, agenda: full.agenda, search: full.search },
    data: full.data,
  };
}

async function extraction() {
  const rows = loadCorpus();
  if (!rows) {
    log('Extraction: no page corpus found (../shared/fixtures/pages or LOOPKEEPER_CORPUS).');
    return { medianMs: null, pages: 0 };
  }
  const timed = await timeExtraction(rows);
  return { medianMs: round(median(timed.map((t) => t.ms)), 2), pages: timed.length };
}

async function main() {
  log('Building the extension (shipped, and with the e2e bridge)…');
  build('.cache/bench-dist');
  build('.cache/bench-e2e', 'e2e');
  const bundles = measureBundles(join(repoRoot, '.cache/bench-dist'));
  const sizes = {
    popupGzKB: bundles.popup.gzKB,
    contentGzKB: bundles.content.gzKB,
    dashboardGzKB: bundles.dashboard.gzKB,
  };
  const { popup, write, dashboard, data } = await popupTiming();
  log('Timing extraction over the page corpus…');
  const extract = await extraction();
  const result = { popup, write, dashboard, data, sizes, extract };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const within = (value: number | null, budget: number) => value !== null && value <= budget;
  console.log(
    `${mark(popup.ratio <= 1.5)} popup opens in ${popup.ms} ms, an empty page in ${popup.blankMs} ms: ` +
      `ratio ${popup.ratio} (budget 1.5) with ${popup.people} people, ${popup.loops} loops, ${popup.reminders} reminders`,
  );
  console.log(
    `${mark(popup.freshRatio <= 1.5)} the list read from the database: ${popup.freshMs} ms against ${popup.freshBlankMs} ms, ` +
      `ratio ${popup.freshRatio} (budget 1.5); with ${popup.small.people} people ${popup.small.freshMs} ms, ratio ${popup.small.freshRatio}`,
  );
  console.log(`  first opening after the browser starts (worker stopped): ${popup.coldMs} ms`);
  console.log(
    `  seeding ${write.seedSeconds} s; re-planning everything after a settings change ${write.replanSeconds} s`,
  );
  for (const [name, view] of [
    ['People', dashboard.people],
    ['Agenda', dashboard.agenda],
  ] as const)
    console.log(
      `${mark(view.ratio <= 2)} dashboard ${name}: ${view.ms} ms against ${view.blankMs} ms, ratio ${view.ratio} (budget 2)`,
    );
  console.log(
    `${mark(dashboard.search.slowestMsPerKey <= 100)} People search: ${dashboard.search.medianMsPerKey} ms a key, slowest ${dashboard.search.slowestMsPerKey} ms (budget 100)`,
  );
  console.log(
    `${mark(within(sizes.popupGzKB, BUDGETS_KB.popup))} popup ${sizes.popupGzKB} KB gzip (budget ${BUDGETS_KB.popup})`,
  );
  console.log(
    `${mark(within(sizes.contentGzKB, BUDGETS_KB.content))} content script ${sizes.contentGzKB} KB gzip (budget ${BUDGETS_KB.content})`,
  );
  console.log(
    `${mark(within(sizes.dashboardGzKB, BUDGETS_KB.dashboard))} dashboard ${sizes.dashboardGzKB} KB gzip (budget ${BUDGETS_KB.dashboard})`,
  );
  console.log(
    `${mark(within(extract.medianMs, 15))} extraction median ${extract.medianMs} ms over ${extract.pages} pages (budget 15)`,
  );
  console.log(describeDataView(data));
  if (popup.reminders !== BENCH_SIZE.reminders) console.log(`(expected ${BENCH_SIZE.reminders} reminders)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
