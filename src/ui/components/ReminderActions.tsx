import { useState } from 'preact/hooks';
import { completeReminder, dismissReminder, type ReminderChange, snoozeReminder } from '../../db/reminders';
import { addDays, addMonths } from '../../domain/dates';
import type { CalendarDate, Reminder } from '../../domain/types';
import { t } from '../../i18n/i18n';

export type Perform = (work: () => Promise<ReminderChange>, done: string) => void;

/**
 * Done, Snooze (a day, a week, a month) and Dismiss on one reminder, through the reminder action
 * functions of src/db/reminders.ts; the caller shows the outcome and offers Undo (reopenReminder).
 * `name` names the reminder in the buttons' accessible names ("Done: Thank-you note for Dana Hill").
 */
export function ReminderActions({
  reminder,
  today,
  name,
  perform,
}: {
  reminder: Reminder;
  today: CalendarDate;
  name: string;
  perform: Perform;
}) {
  const [snoozing, setSnoozing] = useState(false);
  const snooze = (until: CalendarDate, label: string) => {
    setSnoozing(false);
    perform(() => snoozeReminder(reminder.id, until), t('ui_snoozed_until', { what: name, date: label }));
  };
  return (
    <div class="reminder-actions">
      <button
        type="button"
        aria-label={t('ui_done_named', { what: name })}
        onClick={() =>
          perform(() => completeReminder(reminder.id, { on: today }), t('ui_marked_done', { what: name }))
        }
      >
        {t('ui_done')}
      </button>
      <button
        type="button"
        aria-expanded={snoozing}
        aria-label={t('ui_snooze_named', { what: name })}
        onClick={() => setSnoozing(!snoozing)}
      >
        {t('ui_snooze')}
      </button>
      {snoozing && (
        <span class="snooze-choices">
          <button type="button" onClick={() => snooze(addDays(today, 1), t('ui_a_day'))}>
            {t('ui_a_day')}
          </button>
          <button type="button" onClick={() => snooze(addDays(today, 7), t('ui_a_week'))}>
            {t('ui_a_week')}
          </button>
          <button type="button" onClick={() => snooze(addMonths(today, 1), t('ui_a_month'))}>
            {t('ui_a_month')}
          </button>
        </span>
      )}
      <button
        type="button"
        aria-label={t('ui_dismiss_named', { what: name })}
        onClick={() =>
          perform(() => dismissReminder(reminder.id, { on: today }), t('ui_dismissed', { what: name }))
        }
      >
        {t('ui_dismiss')}
      </button>
    </div>
  );
}
