/**
 * `npm run bench:board [-- --json]`: how long the dashboard's Board and Insights take to open at the
 * bench's size (10,000 people, 2,000 loops, 60,000 reminders, seeded by scripts/bench-seed.ts), against
 * an empty extension page in the same browser. Budget (issue 17): at most 2× the empty page.
 *
 * Each page is timed from navigation start to its mark (src/dashboard/drawn-mark.ts: the frame after
 * the view drew its data), in alternation with the empty page, 7 times each after a warm-up; medians.
 * Kept apart from scripts/bench.ts so the two can change independently.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { BOARD_DRAWN_MARK, INSIGHTS_DRAWN_MARK } from '../src/dashboard/drawn-mark';
import { run, seedBenchData } from './bench-seed';
import { DRAWN_MARK, median, timeOpening } from './bench-timing';
import { repoRoot } from './corpus-lib';

const RUNS = 7;
const BUDGET = 2;
const OUT = '.cache/bench-board-e2e';
const json = process.argv.includes('--json');
const log = (line: string) => process.stderr.write(`${line}\n`);
const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

async function main() {
  log('Building the extension with the e2e bridge…');
  rmSync(join(repoRoot, OUT), { recursive: true, force: true });
  execFileSync('npx', ['vite', 'build', '--mode', 'e2e', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OUT_DIR: OUT },
  });
  process.env.E2E_DIST = OUT;
  const { launchExtension } = await import('../tests/e2e/harness');
  const extension = await launchExtension();
  try {
    const bridge = await extension.bridge();
    const today = localToday();
    log('Seeding through the repository functions…');
    const seeded = await seedBenchData(bridge, today, log);
    log(
      `  ${seeded.people} people, ${seeded.loops} loops, ${seeded.reminders} reminders in ${seeded.seconds} s`,
    );
    await run(bridge, async (lk, day: string) => lk.reminders.expireReminders(day), today);
    await bridge.close();
    const pages = [
      { name: 'board', url: extension.url('src/dashboard/index.html#/board'), mark: BOARD_DRAWN_MARK },
      {
        name: 'insights',
        url: extension.url('src/dashboard/index.html#/insights'),
        mark: INSIGHTS_DRAWN_MARK,
      },
    ];
    const blank = extension.url('src/testing/blank.html');
    const samples: Record<string, number[]> = { board: [], insights: [], blank: [] };
    for (const page of pages) await timeOpening(extension.context, page.url, page.mark);
    await timeOpening(extension.context, blank, DRAWN_MARK);
    for (let i = 0; i < RUNS; i++) {
      for (const page of pages)
        samples[page.name]?.push(await timeOpening(extension.context, page.url, page.mark));
      samples.blank?.push(await timeOpening(extension.context, blank, DRAWN_MARK));
    }
    if (extension.strayRequests.length)
      throw new Error(`Requests left the machine: ${extension.strayRequests}`);
    const blankMs = median(samples.blank ?? []);
    const result = Object.fromEntries(
      pages.map(({ name }) => {
        const ms = median(samples[name] ?? []);
        return [name, { ms: round(ms), blankMs: round(blankMs), ratio: round(ms / blankMs, 2) }];
      }),
    );
    for (const [name, values] of Object.entries(samples))
      log(`  ${name}: ${values.map((ms) => round(ms)).join(', ')} ms`);
    if (json) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return;
    }
    for (const [name, { ms, ratio }] of Object.entries(result))
      console.log(
        `${ratio <= BUDGET ? '✓' : '✗'} ${name} opens in ${ms} ms, an empty page in ${round(blankMs)} ms: ratio ${ratio} (budget ${BUDGET}) with ${seeded.people} people, ${seeded.loops} loops, ${seeded.reminders} reminders`,
      );
  } finally {
    await extension.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
