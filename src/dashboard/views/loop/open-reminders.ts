import { type CalendarDate, PENDING_STATUSES, type Reminder } from '../../../domain/types';

/**
 * The reminders still asking something of the user, as the popup shows them: open or snoozed, not past
 * their expiry, earliest showing first (the loop page's and the person page's first section).
 */
export function openReminders(reminders: readonly Reminder[], today: CalendarDate): Reminder[] {
  return reminders
    .filter((r) => (PENDING_STATUSES as readonly string[]).includes(r.status))
    .filter((r) => !r.expiresOn || r.expiresOn > today)
    .sort((a, b) =>
      a.showOn < b.showOn ? -1 : a.showOn > b.showOn ? 1 : a.due < b.due ? -1 : a.due > b.due ? 1 : 0,
    );
}
