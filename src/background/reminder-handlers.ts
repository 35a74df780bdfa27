import { completeReminder, dismissReminder, reopenReminder, snoozeReminder } from '../db/reminders';
import { refreshBadge } from './badge';
import type { Handlers } from './router';

/**
 * The popup's actions on a reminder, run here with the repository functions (validation,
 * reconciliation, the touch a sent message logs) so the popup itself never loads the write path; the
 * badge is recounted before the answer goes back.
 */
export const reminderHandlers: Pick<Handlers, 'reminder-act' | 'reminder-undo'> = {
  'reminder-act': async ({ id, on, action }) => {
    const change =
      action.type === 'done'
        ? await completeReminder(id, { on })
        : action.type === 'sent'
          ? await completeReminder(id, { on, channel: action.channel })
          : action.type === 'snooze'
            ? await snoozeReminder(id, action.until)
            : await dismissReminder(id, { on });
    await refreshBadge();
    return change;
  },
  'reminder-undo': async ({ id, undo }) => {
    await reopenReminder(id, undo);
    await refreshBadge();
    return { ok: true };
  },
};
