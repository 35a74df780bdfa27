/**
 * The board's read (#/board): the loops of some stages, each with its company, the names of its people
 * (for their initials), the date it entered its current stage and its next step. One indexed read per
 * table — loops by `status`; participations and reminders by `loopId` (only these loops': every pending
 * reminder of a large search is most of the table, and most belong to closed loops); people and
 * companies by id — never a read per loop. The closed column reads its loops only when opened.
 */
import { chooseNextSteps } from '../domain/next-step';
import type { CalendarDate, Company, Id, Loop, LoopStatus, Person } from '../domain/types';
import { database } from './database';
import type { NextStep } from './next-steps';

export interface BoardCard {
  loop: Loop;
  company: Company | undefined;
  /** The names of the loop's people, in the order they joined it. */
  people: string[];
  /** When the loop entered its current status (the last dated change). */
  since: CalendarDate;
  next: NextStep | undefined;
}

/** The cards of `statuses`, newest activity first. */
export async function readBoard(statuses: readonly LoopStatus[], today: CalendarDate): Promise<BoardCard[]> {
  const db = database();
  const loops = (
    await db.loops
      .where('status')
      .anyOf([...statuses])
      .toArray()
  ).sort((a, b) => b.updatedAt - a.updatedAt);
  const loopIds = loops.map((loop) => loop.id);
  const [participations, companies, reminders] = await Promise.all([
    db.participations.where('loopId').anyOf(loopIds).toArray(),
    db.companies.bulkGet([...new Set(loops.map((loop) => loop.companyId))]),
    db.reminders.where('loopId').anyOf(loopIds).toArray(),
  ]);
  // Pending and not expired, as listPendingReminders reads them; the most pressing per loop.
  const next = chooseNextSteps(
    reminders.filter(
      (r) => (r.status === 'open' || r.status === 'snoozed') && (!r.expiresOn || r.expiresOn > today),
    ),
  );
  const personIds = [...participations.map((p) => p.personId), ...[...next.values()].map((r) => r.personId)];
  const people = new Map<Id, Person>();
  for (const person of await db.people.bulkGet([...new Set(personIds.filter((id): id is Id => !!id))]))
    if (person) people.set(person.id, person);
  const names = new Map<Id, string>([...people.values()].map((person) => [person.id, person.name]));
  const steps = new Map<Id, NextStep>(
    [...next].map(([loopId, reminder]) => [
      loopId,
      { reminder, person: reminder.personId ? people.get(reminder.personId) : undefined },
    ]),
  );
  const companyById = new Map<Id, Company>();
  for (const company of companies) if (company) companyById.set(company.id, company);
  const ofLoop = new Map<Id, string[]>();
  for (const p of participations.sort((a, b) => a.createdAt - b.createdAt)) {
    const name = names.get(p.personId);
    if (name) ofLoop.set(p.loopId, [...(ofLoop.get(p.loopId) ?? []), name]);
  }
  return loops.map((loop) => ({
    loop,
    company: companyById.get(loop.companyId),
    people: ofLoop.get(loop.id) ?? [],
    since: loop.history.at(-1)?.on ?? today,
    next: steps.get(loop.id),
  }));
}

/** How many loops have one of `statuses`, counted on the index (the closed column's heading). */
export function countLoops(statuses: readonly LoopStatus[]): Promise<number> {
  return database()
    .loops.where('status')
    .anyOf([...statuses])
    .count();
}
