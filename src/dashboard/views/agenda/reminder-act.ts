/**
 * The dashboard's side of the shared reminder actions (src/ui/components/ReminderActions.tsx): the
 * component hands over an Action, and the dashboard performs it with the repository functions and
 * says what it did (the store's `run` then offers Undo through reopenReminder).
 */
import {
  completeReminder,
  dismissReminder,
  type ReminderChange,
  snoozeReminder,
} from '../../../db/reminders';
import { type Action, snoozeUntil } from '../../../domain/reminder-action';
import type { CalendarDate } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import { channelLabel } from '../../../ui/channels';

export function performReminderAction(
  id: string,
  action: Action,
  today: CalendarDate,
): Promise<ReminderChange> {
  if (action.type === 'done') return completeReminder(id, { on: today });
  if (action.type === 'sent') return completeReminder(id, { on: today, channel: action.channel });
  if (action.type === 'snooze') return snoozeReminder(id, snoozeUntil(action.period, today));
  return dismissReminder(id, { on: today });
}

/** What the toast says once the action is done ("Snoozed for A week: Thank-you note for Dana Hill"). */
export function reminderActionText(action: Action, what: string): string {
  if (action.type === 'sent') return t('ui_marked_sent', { what, channel: channelLabel(action.channel) });
  if (action.type === 'snooze') return t('ui_snoozed_until', { what, date: t(`ui_a_${action.period}`) });
  if (action.type === 'dismiss') return t('ui_dismissed', { what });
  return t('ui_marked_done', { what });
}
