/** Properties of the pure planner over random job searches (fast-check, bounded runs). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { currentSince } from '../../src/domain/playbook/common';
import { type PlanState, plan } from '../../src/domain/playbook/plan';
import {
  DEFAULT_INTERVALS,
  LOOP_STATUSES,
  type LoopStatus,
  PARTICIPANT_ROLES,
  type StatusChange,
} from '../../src/domain/types';

const BASE = '2026-01-01';
const day = fc.integer({ min: 0, max: 500 }).map((n) => addDays(BASE, n));

const history = fc
  .array(
    fc.record({
      status: fc.constantFrom(...LOOP_STATUSES),
      gap: fc.integer({ min: 0, max: 40 }),
      deadline: fc.option(fc.integer({ min: 0, max: 20 })),
    }),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .chain((steps) =>
    day.map((start) => {
      let on = start;
      return steps.map(({ status, gap, deadline }): StatusChange => {
        on = addDays(on, gap);
        return status === 'offer' && deadline !== null
          ? { status, on, deadline: addDays(on, deadline) }
          : { status, on };
      });
    }),
  );

const stateArbitrary: fc.Arbitrary<PlanState> = fc
  .record({
    histories: fc.array(history, { minLength: 1, maxLength: 4 }),
    peopleCount: fc.integer({ min: 1, max: 5 }),
    seats: fc.array(
      fc.record({
        loop: fc.nat(),
        person: fc.nat(),
        role: fc.constantFrom(...PARTICIPANT_ROLES),
        hitItOff: fc.boolean(),
        met: fc.array(day, { maxLength: 3 }),
      }),
      { maxLength: 10 },
    ),
    connected: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    touches: fc.array(fc.record({ person: fc.nat(), on: day }), { maxLength: 6 }),
    skipWeekends: fc.boolean(),
    checkInMonths: fc.integer({ min: 0, max: 13 }),
    progressUpdateWeeks: fc.integer({ min: 1, max: 12 }),
    offerDecisionDaysBefore: fc.integer({ min: 0, max: 3 }),
  })
  .map((r) => {
    const loops = r.histories.map((h, i) => ({
      id: `L${i}`,
      status: (h.at(-1) as StatusChange).status as LoopStatus,
      history: h,
      createdAt: i,
    }));
    const people = Array.from({ length: r.peopleCount }, (_, i) => ({
      id: `P${i}`,
      connected: r.connected[i] ?? false,
    }));
    const seen = new Set<string>();
    const participations = r.seats.flatMap((s, i) => {
      const loopId = `L${s.loop % loops.length}`;
      const personId = `P${s.person % people.length}`;
      if (seen.has(`${loopId}|${personId}`)) return [];
      seen.add(`${loopId}|${personId}`);
      return [
        {
          id: `S${i}`,
          loopId,
          personId,
          role: s.role,
          hitItOff: s.hitItOff,
          met: [...new Set(s.met)].sort(),
          createdAt: i,
        },
      ];
    });
    return {
      loops,
      people,
      participations,
      touches: r.touches.map((t) => ({ personId: `P${t.person % people.length}`, on: t.on })),
      settings: {
        skipWeekends: r.skipWeekends,
        intervals: {
          ...DEFAULT_INTERVALS,
          checkInMonths: r.checkInMonths,
          progressUpdateWeeks: r.progressUpdateWeeks,
          offerDecisionDaysBefore: r.offerDecisionDaysBefore,
        },
      },
    };
  });

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = (seed * (i + 7)) % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe('the planner', () => {
  it('is deterministic and ignores the order of its inputs', () => {
    fc.assert(
      fc.property(stateArbitrary, fc.nat(1000), (state, seed) => {
        const again = plan({
          ...state,
          loops: shuffled(state.loops, seed),
          participations: shuffled(state.participations, seed + 1),
          people: shuffled(state.people, seed + 2),
          touches: shuffled(state.touches, seed + 3),
        });
        expect(again).toEqual(plan(state));
      }),
      { numRuns: 100 },
    );
  });

  it('never plans two reminders with one key', () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        const keys = plan(state).map((r) => r.key);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 100 },
    );
  });

  it('never dates a reminder before the event it hangs on', () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        const loops = new Map(state.loops.map((l) => [l.id, l]));
        for (const r of plan(state)) {
          const since = r.loopId
            ? currentSince(loops.get(r.loopId) ?? { id: '', status: 'applied', history: [], createdAt: 0 })
            : undefined;
          // thank-you and progress-update anchor on a date; the others on the loop's current outcome.
          const event = /^\d{4}-\d{2}-\d{2}$/.test(r.anchor) ? r.anchor : since?.on;
          expect(event, r.key).toBeDefined();
          expect(r.due >= (event as string), `${r.key} due ${r.due}`).toBe(true);
          if (r.kind === 'progress-update') expect(r.anchor >= (since?.on ?? ''), r.key).toBe(true);
          if (r.expiresOn) expect(r.expiresOn >= r.due).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('gives weekend due dates only when asked, to the decision day, or to a same-day thank-you', () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        if (!state.settings.skipWeekends) return;
        for (const r of plan(state)) {
          const day = new Date(`${r.due}T12:00:00Z`).getUTCDay();
          const sameDayThanks = r.kind === 'thank-you' && state.settings.intervals.thankYouDays === 0;
          if (!r.kind.startsWith('offer-') && !sameDayThanks)
            expect(day === 0 || day === 6, `${r.key} ${r.due}`).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });
});
