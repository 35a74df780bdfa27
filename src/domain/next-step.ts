/**
 * A loop's most important next step: of its open and snoozed reminders, the one showing first (a
 * snooze is the user saying "not before then"), then the one due first; on the same day a message to a
 * person comes before a loop-level task, in the playbook's order of kinds (a thank-you first).
 */
import { type Id, REMINDER_KINDS, type Reminder } from './types';

const KIND_ORDER = new Map<string, number>(REMINDER_KINDS.map((kind, index) => [kind, index]));

/** Negative when `a` is the more pressing step. */
export function compareNextSteps(a: Reminder, b: Reminder): number {
  if (a.showOn !== b.showOn) return a.showOn < b.showOn ? -1 : 1;
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (!!a.personId !== !!b.personId) return a.personId ? -1 : 1;
  const byKind = (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0);
  // Equal in every way that matters: the key keeps the choice stable from one reading to the next.
  return byKind !== 0 ? byKind : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Each loop's next step among `pending` (reminders already filtered to open, snoozed, unexpired). */
export function chooseNextSteps(pending: readonly Reminder[]): Map<Id, Reminder> {
  const next = new Map<Id, Reminder>();
  for (const reminder of pending) {
    if (!reminder.loopId) continue;
    const seen = next.get(reminder.loopId);
    if (!seen || compareNextSteps(reminder, seen) < 0) next.set(reminder.loopId, reminder);
  }
  return next;
}
