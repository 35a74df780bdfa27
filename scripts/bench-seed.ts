/**
 * The benchmark's data set — years of a job search: 10,000 people in 2,000 loops and exactly 60,000
 * reminders — put in through the product's repository functions inside the extension (the e2e bridge
 * page), so every reminder is the playbook's own output, reconciled as the user's would be.
 *
 * Loops start every few hours over the past three years; each has five people met twice (one hiring
 * manager, two the user hit it off with, one already connected). Three in four ended in a rejection,
 * the rest in a withdrawal, an offer, or are still running (the latest ones). Then extra meetings are
 * recorded (after each loop's outcome), one thank-you each, until the count is exactly the target.
 */
import type { Page } from 'playwright-core';
import type { Bridge } from '../src/testing/bridge';

export const BENCH_SIZE = { people: 10_000, loops: 2_000, reminders: 60_000 } as const;
/** A tenth of it, the same shape: the bench shows the popup's cost does not grow with the data. */
export const SMALL_BENCH_SIZE = { people: 1_000, loops: 200, reminders: 6_000 } as const;
export type BenchSize = { people: number; loops: number; reminders: number };
/** Loops seeded per round trip to the page; they run concurrently there. */
const BATCH = 50;

interface SeedArgs {
  from: number;
  count: number;
  total: number;
  today: string;
  peoplePerLoop: number;
}

/** Runs in the bridge page (sent as source text: only its parameters and globals). */
export async function seedLoops(lk: Bridge, args: SeedArgs): Promise<string[]> {
  const day = (offset: number) => {
    const [y, m, d] = args.today.split('-').map(Number);
    const at = new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, (d ?? 1) + offset));
    return at.toISOString().slice(0, 10);
  };
  const roles = ['hiring-manager', 'hr', 'interviewer', 'recruiter', 'peer'] as const;
  const one = async (i: number) => {
    // Oldest first: loop 0 started about three years ago, the last ones last week.
    const start = -1100 + Math.floor((i * 1093) / args.total);
    const company = await lk.companies.findOrCreateCompany({ name: `Company ${i % 700} Holdings` });
    const loop = await lk.loops.createLoop({
      companyId: company.id,
      role: `Director of Function ${i}`,
      status: 'interviewing',
      on: day(start),
    });
    for (let p = 0; p < args.peoplePerLoop; p++) {
      const person = await lk.people.createPerson({
        name: `Person ${i}-${p} Example`,
        headline: `${roles[p] ?? 'other'} at Company ${i % 700}`,
        company: `Company ${i % 700} Holdings`,
        emails: [`person.${i}.${p}@company${i % 700}.example`],
        connected: p === 4,
      });
      await lk.participations.addParticipant({
        loopId: loop.id,
        personId: person.id,
        role: roles[p] ?? 'other',
        hitItOff: p === 0 || p === 2,
        met: [day(start + 5), day(start + 12)],
      });
    }
    const outcomeOn = day(start + 20);
    if (start + 20 >= 0) return loop.id; // still running
    const kind = i % 20;
    const status = kind < 15 ? 'rejected' : kind < 18 ? 'withdrawn' : 'offer';
    await lk.loops.changeLoopStatus(loop.id, {
      status,
      on: outcomeOn,
      ...(status === 'offer' ? { deadline: day(start + 30) } : {}),
    });
    return loop.id;
  };
  const ids: number[] = [];
  for (let i = args.from; i < Math.min(args.from + args.count, args.total); i++) ids.push(i);
  // Each call validates and reconciles as always; one transaction holds the batch (db/batch.ts).
  // The loops of a batch go concurrently, so the page keeps the database busy between round trips.
  return lk.inOneTransaction(() => Promise.all(ids.map(one)));
}

/**
 * Runs in the bridge page: one more meeting day in each loop, a thank-you for each person met. The
 * meeting is three days after the loop's latest status change (a coffee after the outcome), since a
 * rejection or withdrawal on or after a meeting makes its thank-you obsolete.
 */
async function topUp(lk: Bridge, args: { loopIds: string[]; missing: number }) {
  let missing = args.missing;
  for (let k = 0; missing > 0 && k < args.loopIds.length; k++) {
    const loopId = args.loopIds[k] as string;
    const [loop, participations] = await Promise.all([
      lk.loops.getLoop(loopId),
      lk.participations.listParticipationsOfLoop(loopId),
    ]);
    const latest = loop.history.at(-1)?.on ?? '';
    const [y, m, d] = latest.split('-').map(Number);
    const on = new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, (d ?? 1) + 3)).toISOString().slice(0, 10);
    const chosen = participations.map((p) => p.personId).slice(0, Math.min(participations.length, missing));
    await lk.participations.recordMeeting(loopId, chosen, on);
    missing -= chosen.length;
  }
  return missing;
}

export async function run<T, A>(page: Page, work: (lk: Bridge, arg: A) => Promise<T>, arg: A): Promise<T> {
  // tsx names functions with esbuild's __name helper; the page has none, so give it one.
  const expression = `(globalThis.__name ??= (f) => f, (${work.toString()})(globalThis.loopkeeper, ${JSON.stringify(arg)}))`;
  return page.evaluate(expression) as Promise<T>;
}

export interface SeedReport {
  people: number;
  loops: number;
  reminders: number;
  seconds: number;
}

/** Seeds the data set through `bridge` (an open bridge page); `log` hears about progress. */
export async function seedBenchData(
  bridge: Page,
  today: string,
  log = (_: string) => {},
  size: BenchSize = BENCH_SIZE,
): Promise<SeedReport> {
  const started = Date.now();
  const loopIds: string[] = [];
  const peoplePerLoop = size.people / size.loops;
  for (let from = 0; from < size.loops; from += BATCH) {
    const args = { from, count: BATCH, total: size.loops, today, peoplePerLoop };
    loopIds.push(...(await run(bridge, seedLoops, args)));
    if ((from / BATCH) % 8 === 7)
      log(`  ${from + BATCH} loops seeded (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  const counts = async () => run(bridge, async (lk) => lk.counts(), null) as Promise<Record<string, number>>;
  const before = (await counts()).reminders ?? 0;
  const missing = size.reminders - before;
  if (missing < 0) throw new Error(`The seed made ${before} reminders, more than ${size.reminders}.`);
  const left = await run(bridge, topUp, { loopIds, missing });
  if (left > 0) throw new Error(`Could not add ${left} more reminders.`);
  const final = await counts();
  return {
    people: final.people ?? 0,
    loops: final.loops ?? 0,
    reminders: final.reminders ?? 0,
    seconds: Math.round((Date.now() - started) / 1000),
  };
}
