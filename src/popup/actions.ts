/**
 * What the buttons on a reminder do. The service worker runs the action with the repository
 * functions and recounts the badge (see background/reminder-handlers.ts), so the popup never loads
 * the write path — validation, reconciliation, the planner and Dexie stay out of its bundle. Each
 * action returns its own undo.
 */
import { addDays, addMonths } from '../domain/dates';
import type { CalendarDate, Reminder, TouchChannel } from '../domain/types';
import { type ReminderAction, send } from '../messages';

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

/** The date a snooze shows the reminder again, counted from today. */
export function snoozeUntil(period: SnoozePeriod, today: CalendarDate): CalendarDate {
  if (period === 'day') return addDays(today, 1);
  if (period === 'week') return addDays(today, 7);
  return addMonths(today, 1);
}

function toMessage(action: Action, today: CalendarDate): ReminderAction {
  return action.type === 'snooze' ? { type: 'snooze', until: snoozeUntil(action.period, today) } : action;
}

export async function perform(reminder: Reminder, action: Action, today: CalendarDate): Promise<Performed> {
  const change = await send('reminder-act', { id: reminder.id, on: today, action: toMessage(action, today) });
  return {
    reminder: change.reminder,
    undo: async () => {
      // The record goes back as the worker gave it; reopenReminder checks every field again.
      const { previous, touchId } = change.undo;
      await send('reminder-undo', {
        id: reminder.id,
        undo: { previous: { ...previous }, ...(touchId ? { touchId } : {}) },
      });
    },
  };
}
