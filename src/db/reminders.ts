import type { CalendarDate, Reminder } from '../domain/types';
import { database } from './database';

/**
 * Open and snoozed reminders showing on or before `until`, earliest first, read through the
 * [status+showOn] index (never a table scan). Expired thank-yous are left out by date, so a read
 * sees expiry even before the daily pass has marked it.
 */
export async function listPendingReminders(until: CalendarDate, today: CalendarDate): Promise<Reminder[]> {
  const db = database();
  const ranges = await Promise.all(
    (['open', 'snoozed'] as const).map((status) =>
      db.reminders.where('[status+showOn]').between([status, ''], [status, until], true, true).toArray(),
    ),
  );
  return ranges
    .flat()
    .filter((reminder) => !reminder.expiresOn || reminder.expiresOn > today)
    .sort((a, b) => (a.showOn < b.showOn ? -1 : a.showOn > b.showOn ? 1 : a.kind.localeCompare(b.kind)));
}

/** How many reminders are due today or overdue: the toolbar badge. */
export async function countDueReminders(today: CalendarDate): Promise<number> {
  return (await listPendingReminders(today, today)).length;
}

export async function listRemindersOfLoop(loopId: string): Promise<Reminder[]> {
  return database().reminders.where('loopId').equals(loopId).sortBy('due');
}

export async function listRemindersOfPerson(personId: string): Promise<Reminder[]> {
  return database().reminders.where('personId').equals(personId).sortBy('due');
}
