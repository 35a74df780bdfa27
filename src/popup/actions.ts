/**
 * What the buttons on a reminder do. The write path (validation, reconciliation, the planner) is
 * loaded on first use with a dynamic import, so the popup's first paint carries only the reads; after
 * the list is drawn, `warmUp()` fetches it in the background so the first click does not wait.
 * Every action tells the worker the data changed (the badge follows) and returns its own undo.
 */
import { addDays, addMonths } from '../domain/dates';
import type { CalendarDate, Reminder, TouchChannel } from '../domain/types';

export type SnoozePeriod = 'day' | 'week' | 'month';

export type Action =
  | { type: 'done' }
  | { type: 'sent'; channel: TouchChannel }
  | { type: 'snooze'; period: SnoozePeriod }
  | { type: 'dismiss' };

export interface Performed {
  reminder: Reminder;
  /** Puts the reminder back exactly as it was (and removes the touch a "sent" logged). */
  undo: () => Promise<void>;
}

const loadWrites = () => import('../db/reminders');
const loadNotify = () => import('../ui/data-changed');

export function warmUp(): void {
  void loadWrites();
  void loadNotify();
}

/** The date a snooze shows the reminder again, counted from today. */
export function snoozeUntil(period: SnoozePeriod, today: CalendarDate): CalendarDate {
  if (period === 'day') return addDays(today, 1);
  if (period === 'week') return addDays(today, 7);
  return addMonths(today, 1);
}

export async function perform(reminder: Reminder, action: Action, today: CalendarDate): Promise<Performed> {
  const [writes, { notifyDataChanged }] = await Promise.all([loadWrites(), loadNotify()]);
  const change =
    action.type === 'done'
      ? await writes.completeReminder(reminder.id, { on: today })
      : action.type === 'sent'
        ? await writes.completeReminder(reminder.id, { on: today, channel: action.channel })
        : action.type === 'snooze'
          ? await writes.snoozeReminder(reminder.id, snoozeUntil(action.period, today))
          : await writes.dismissReminder(reminder.id, { on: today });
  await notifyDataChanged();
  return {
    reminder: change.reminder,
    undo: async () => {
      await writes.reopenReminder(reminder.id, change.undo);
      await notifyDataChanged();
    },
  };
}
