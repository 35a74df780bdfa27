import { inOneTransaction } from '../db/batch';
import { completeReminder, dismissReminder, reopenReminder, snoozeReminder } from '../db/reminders';
import type { ReminderAction } from '../messages';
import { refreshBadge } from './badge';
import type { Handlers } from './router';

function run(id: string, on: string, action: ReminderAction) {
  if (action.type === 'done') return completeReminder(id, { on });
  if (action.type === 'sent') return completeReminder(id, { on, channel: action.channel });
  if (action.type === 'snooze') return snoozeReminder(id, action.until);
  return dismissReminder(id, { on });
}

/**
 * The popup's actions on a reminder, run here with the repository functions (validation,
 * reconciliation, the touch a sent message logs) so the popup itself never loads the write path; the
 * badge is recounted before the answer goes back. A batch runs in one transaction: all or none.
 */
export const reminderHandlers: Pick<
  Handlers,
  'reminder-act' | 'reminder-undo' | 'reminder-act-many' | 'reminder-undo-many'
> = {
  'reminder-act': async ({ id, on, action }) => {
    const change = await run(id, on, action);
    await refreshBadge();
    return change;
  },
  'reminder-undo': async ({ id, undo }) => {
    await reopenReminder(id, undo);
    await refreshBadge();
    return { ok: true };
  },
  'reminder-act-many': async ({ on, items }) => {
    const changes = await inOneTransaction(async () => {
      const done = [];
      for (const { id, action } of items) done.push(await run(id, on, action));
      return done;
    });
    await refreshBadge();
    return changes;
  },
  'reminder-undo-many': async ({ items }) => {
    await inOneTransaction(async () => {
      // Last first, so each reminder goes back over the state its own action left.
      for (const { id, undo } of [...items].reverse()) await reopenReminder(id, undo);
    });
    await refreshBadge();
    return { ok: true };
  },
};
