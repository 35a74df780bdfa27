import { database } from '../db/database';
import { listPendingReminders } from '../db/reminders';
import type { CalendarDate, Company, Loop, Person, Reminder } from '../domain/types';

export interface ReminderRow {
  reminder: Reminder;
  person?: Person;
  loop?: Loop;
  company?: Company;
}

/**
 * Only what the popup shows: the pending reminders up to `until`, and the people, loops and companies
 * they name, each fetched by key (no table scans).
 */
export async function loadReminderRows(today: CalendarDate, until: CalendarDate): Promise<ReminderRow[]> {
  const db = database();
  const reminders = await listPendingReminders(until, today);
  const personIds = [...new Set(reminders.map((r) => r.personId).filter((id): id is string => !!id))];
  const loopIds = [...new Set(reminders.map((r) => r.loopId).filter((id): id is string => !!id))];
  const [people, loops] = await Promise.all([db.people.bulkGet(personIds), db.loops.bulkGet(loopIds)]);
  const companyIds = [...new Set(loops.map((loop) => loop?.companyId).filter((id): id is string => !!id))];
  const companies = await db.companies.bulkGet(companyIds);
  const byId = <T extends { id: string }>(items: (T | undefined)[]) =>
    new Map(items.filter((item): item is T => !!item).map((item) => [item.id, item]));
  const peopleById = byId(people);
  const loopsById = byId(loops);
  const companiesById = byId(companies);
  return reminders.map((reminder) => {
    const loop = reminder.loopId ? loopsById.get(reminder.loopId) : undefined;
    return {
      reminder,
      person: reminder.personId ? peopleById.get(reminder.personId) : undefined,
      loop,
      company: loop ? companiesById.get(loop.companyId) : undefined,
    };
  });
}
