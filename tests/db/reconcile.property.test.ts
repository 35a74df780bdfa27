/**
 * Reconciling after any sequence of edits, made through the repository functions, leaves exactly the
 * reminders that planning the final state from scratch gives (minus those the user closed), and
 * replanning everything then changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOrCreateCompany } from '../../src/db/companies';
import type { LoopkeeperDatabase } from '../../src/db/database';
import { changeLoopStatus, createLoop, deleteLoop, replaceLoopHistory } from '../../src/db/loops';
import { addParticipant, removeParticipant, updateParticipation } from '../../src/db/participations';
import { createPerson, deletePerson, updatePerson } from '../../src/db/people';
import { readPlanSettings } from '../../src/db/reconcile';
import { completeReminder, dismissReminder, snoozeReminder } from '../../src/db/reminders';
import { updateSettings } from '../../src/db/settings';
import { deleteTouch, logTouch } from '../../src/db/touches';
import { addDays } from '../../src/domain/dates';
import { plan } from '../../src/domain/playbook/plan';
import { LOOP_STATUSES, PARTICIPANT_ROLES } from '../../src/domain/types';
import { freshDatabase } from '../helpers/db';

const BASE = '2026-01-05';
const op = fc.oneof(
  fc.record({ op: fc.constant('loop' as const), status: fc.constantFrom(...LOOP_STATUSES), day: fc.nat(60) }),
  fc.record({
    op: fc.constant('status' as const),
    pick: fc.nat(),
    status: fc.constantFrom(...LOOP_STATUSES),
    gap: fc.nat(30),
    deadline: fc.option(fc.nat(10)),
  }),
  fc.record({ op: fc.constant('undo' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('person' as const), connected: fc.boolean() }),
  fc.record({
    op: fc.constant('join' as const),
    pick: fc.nat(),
    who: fc.nat(),
    role: fc.constantFrom(...PARTICIPANT_ROLES),
    hitItOff: fc.boolean(),
    met: fc.array(fc.nat(90), { maxLength: 2 }),
  }),
  fc.record({
    op: fc.constant('edit' as const),
    pick: fc.nat(),
    role: fc.constantFrom(...PARTICIPANT_ROLES),
    hitItOff: fc.boolean(),
    met: fc.array(fc.nat(90), { maxLength: 2 }),
  }),
  fc.record({ op: fc.constant('leave' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('connect' as const), who: fc.nat(), connected: fc.boolean() }),
  fc.record({ op: fc.constant('touch' as const), who: fc.nat(), day: fc.nat(200) }),
  fc.record({ op: fc.constant('untouch' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('close' as const),
    pick: fc.nat(),
    how: fc.constantFrom('done', 'dismiss', 'snooze'),
    day: fc.nat(200),
  }),
  fc.record({
    op: fc.constant('settings' as const),
    skipWeekends: fc.boolean(),
    weeks: fc.integer({ min: 1, max: 10 }),
  }),
  fc.record({ op: fc.constant('dropLoop' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('dropPerson' as const), pick: fc.nat() }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

const nth = <T>(items: T[], n: number): T | undefined => (items.length ? items[n % items.length] : undefined);
const day = (n: number) => addDays(BASE, n);
const byAge = <T extends { createdAt: number; id: string }>(items: T[]): T[] =>
  items.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));

async function apply(db: LoopkeeperDatabase, companyId: string, step: Op): Promise<void> {
  const loops = byAge(await db.loops.toArray());
  const people = byAge(await db.people.toArray());
  const seats = byAge(await db.participations.toArray());
  switch (step.op) {
    case 'loop':
      await createLoop({ companyId, role: 'Role', status: step.status, on: day(step.day) });
      return;
    case 'status': {
      const loop = nth(loops, step.pick);
      if (!loop) return;
      const on = addDays(loop.history.at(-1)?.on ?? BASE, step.gap);
      const deadline =
        step.status === 'offer' && step.deadline !== null ? { deadline: addDays(on, step.deadline) } : {};
      await changeLoopStatus(loop.id, { status: step.status, on, ...deadline });
      return;
    }
    case 'undo': {
      const loop = nth(loops, step.pick);
      if (loop && loop.history.length > 1) await replaceLoopHistory(loop.id, loop.history.slice(0, -1));
      return;
    }
    case 'person':
      await createPerson({ name: `Person ${people.length + 1}`, connected: step.connected });
      return;
    case 'join': {
      const loop = nth(loops, step.pick);
      const person = nth(people, step.who);
      if (!loop || !person || seats.some((s) => s.loopId === loop.id && s.personId === person.id)) return;
      await addParticipant({
        loopId: loop.id,
        personId: person.id,
        role: step.role,
        hitItOff: step.hitItOff,
        met: step.met.map(day),
      });
      return;
    }
    case 'edit': {
      const seat = nth(seats, step.pick);
      if (seat)
        await updateParticipation(seat.id, {
          role: step.role,
          hitItOff: step.hitItOff,
          met: step.met.map(day),
        });
      return;
    }
    case 'leave': {
      const seat = nth(seats, step.pick);
      if (seat) await removeParticipant(seat.id);
      return;
    }
    case 'connect': {
      const person = nth(people, step.who);
      if (person) await updatePerson(person.id, { connected: step.connected });
      return;
    }
    case 'touch': {
      const person = nth(people, step.who);
      if (person) await logTouch({ personId: person.id, on: day(step.day), channel: 'email' });
      return;
    }
    case 'untouch': {
      const touch = nth(byAge(await db.touches.toArray()), step.pick);
      if (touch) await deleteTouch(touch.id);
      return;
    }
    case 'close': {
      const open = (await db.reminders.orderBy('key').toArray()).filter(
        (r) => r.status === 'open' || r.status === 'snoozed',
      );
      const reminder = nth(open, step.pick);
      if (!reminder) return;
      const on = day(step.day);
      if (step.how === 'done') await completeReminder(reminder.id, { on });
      else if (step.how === 'dismiss') await dismissReminder(reminder.id, { on });
      else await snoozeReminder(reminder.id, on);
      return;
    }
    case 'settings':
      await updateSettings({
        skipWeekends: step.skipWeekends,
        intervals: { progressUpdateWeeks: step.weeks },
      });
      return;
    case 'dropLoop': {
      const loop = nth(loops, step.pick);
      if (loop) await deleteLoop(loop.id);
      return;
    }
    case 'dropPerson': {
      const person = nth(people, step.pick);
      if (person) await deletePerson(person.id);
      return;
    }
  }
}

async function pendingByKey(db: LoopkeeperDatabase) {
  const reminders = await db.reminders.toArray();
  const pending = reminders
    .filter((r) => r.status === 'open' || r.status === 'snoozed')
    .map((r) => `${r.key}@${r.due}/${r.expiresOn ?? ''}`)
    .sort();
  const closed = new Set(
    reminders.filter((r) => r.status !== 'open' && r.status !== 'snoozed').map((r) => r.key),
  );
  return { pending, closed, count: reminders.length };
}

describe('reconciliation', () => {
  it('after any sequence of edits equals planning from scratch', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 18 }), async (steps) => {
        const db = await freshDatabase();
        const company = await findOrCreateCompany({ name: 'Acme' });
        await createLoop({ companyId: company.id, role: 'First', status: 'interviewing', on: BASE });
        await createPerson({ name: 'First Person' });
        for (const step of steps) await apply(db, company.id, step);

        const [loops, participations, people, touches, settings] = await Promise.all([
          db.loops.toArray(),
          db.participations.toArray(),
          db.people.toArray(),
          db.touches.toArray(),
          readPlanSettings(db),
        ]);
        const { pending, closed } = await pendingByKey(db);
        const expected = plan({ loops, participations, people, touches, settings })
          .filter((r) => !closed.has(r.key))
          .map((r) => `${r.key}@${r.due}/${r.expiresOn ?? ''}`)
          .sort();
        expect(pending).toEqual(expected);

        // Replanning everything changes nothing.
        const before = await db.reminders.toArray();
        await updateSettings({});
        await updateSettings({ skipWeekends: settings.skipWeekends });
        expect(await db.reminders.toArray()).toEqual(before);
        db.close();
      }),
      { numRuns: 60 },
    );
  });
});
