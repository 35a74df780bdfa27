/**
 * The loops list's "next step" per loop: every pending reminder read once through the [status+showOn]
 * index (listPendingReminders), the most pressing one per loop chosen by domain/next-step, and the
 * people those name read by id — no read per loop, no table scan.
 */
import { chooseNextSteps } from '../domain/next-step';
import type { CalendarDate, Id, Person, Reminder } from '../domain/types';
import { database } from './database';
import { END_OF_TIME } from './overview';
import { listPendingReminders } from './reminders';

export interface NextStep {
  reminder: Reminder;
  /** Whom it is for; none for a loop-level step (the process review, an offer step). */
  person: Person | undefined;
}

export async function listNextSteps(today: CalendarDate): Promise<Map<Id, NextStep>> {
  const next = chooseNextSteps(await listPendingReminders(END_OF_TIME, today));
  const personIds = [...new Set([...next.values()].map((r) => r.personId).filter((id): id is Id => !!id))];
  const people = new Map<Id, Person>();
  for (const person of await database().people.bulkGet(personIds)) if (person) people.set(person.id, person);
  return new Map(
    [...next].map(([loopId, reminder]) => [
      loopId,
      { reminder, person: reminder.personId ? people.get(reminder.personId) : undefined },
    ]),
  );
}
