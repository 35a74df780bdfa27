/**
 * What the buttons on a reminder do in the popup. The service worker runs the action with the
 * repository functions and recounts the badge (see background/reminder-handlers.ts), so the popup
 * never loads the write path — validation, reconciliation, the planner and Dexie stay out of its
 * bundle. Each action returns its own undo; a group's "Mark all sent" is one message and one undo.
 */
import { defaultChannel } from '../domain/playbook/kinds';
import { type Action, snoozeUntil } from '../domain/reminder-action';
import type { CalendarDate, Reminder } from '../domain/types';
import { type ReminderAction, type Replies, send } from '../messages';

export type { Action, SnoozePeriod } from '../domain/reminder-action';
export { snoozeUntil } from '../domain/reminder-action';

export interface Performed {
  reminder: Reminder;
  /** Puts the reminder back exactly as it was (and removes the touch a "sent" logged). */
  undo: () => Promise<void>;
}

function toMessage(action: Action, today: CalendarDate): ReminderAction {
  return action.type === 'snooze' ? { type: 'snooze', until: snoozeUntil(action.period, today) } : action;
}

/** The worker's undo record as a message payload (reopenReminder checks every field again). */
function undoPayload(id: string, undo: Replies['reminder-act']['undo']) {
  const { previous, touchId } = undo;
  return { id, undo: { previous: { ...previous }, ...(touchId ? { touchId } : {}) } };
}

export async function perform(reminder: Reminder, action: Action, today: CalendarDate): Promise<Performed> {
  const change = await send('reminder-act', { id: reminder.id, on: today, action: toMessage(action, today) });
  return {
    reminder: change.reminder,
    undo: async () => {
      await send('reminder-undo', undoPayload(reminder.id, change.undo));
    },
  };
}

/**
 * "Mark all sent": each message reminder completed by its kind's usual channel (a LinkedIn
 * connection by LinkedIn, a follow-up by email), one touch each, in one message to the worker; the
 * undo reopens them all in one message too.
 */
export async function markAllSent(
  reminders: readonly Reminder[],
  today: CalendarDate,
): Promise<{ count: number; undo: () => Promise<void> }> {
  const changes = await send('reminder-act-many', {
    on: today,
    items: reminders.map((reminder) => ({
      id: reminder.id,
      action: { type: 'sent' as const, channel: defaultChannel(reminder.kind) },
    })),
  });
  return {
    count: changes.length,
    undo: async () => {
      await send('reminder-undo-many', {
        items: changes.map((change) => undoPayload(change.reminder.id, change.undo)),
      });
    },
  };
}
