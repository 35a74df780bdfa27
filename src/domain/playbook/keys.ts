/**
 * The stable identity of a reminder: `kind|loop|person|anchor`. Reconciliation matches the plan with
 * the stored reminders by this key alone, so the anchor decides what "the same reminder" means:
 *
 * - `thank-you` hangs on the meeting date (anchor = the date M). Adding a meeting adds a thank-you;
 *   removing a date removes its open thank-you.
 * - The outcome rules hang on the outcome, not on its date: `closed` for a rejection or a withdrawal
 *   (so correcting "withdrawn" to "rejected" or moving the date keeps a follow-up already sent, and
 *   open reminders simply move), `offer` for the offer steps (a new deadline moves them), `accepted`
 *   for the new-job announcement.
 * - `progress-update` hangs on the date its next occurrence counts from (the later of the outcome and
 *   the last touch): a touch starts a new occurrence, and the completed one stays behind as history.
 */
import type { Id, ReminderKind } from '../types';

export const ANCHOR_CLOSED = 'closed';
export const ANCHOR_OFFER = 'offer';
export const ANCHOR_ACCEPTED = 'accepted';

export function reminderKey(
  kind: ReminderKind,
  loopId: Id | null,
  personId: Id | null,
  anchor: string,
): string {
  return `${kind}|${loopId ?? ''}|${personId ?? ''}|${anchor}`;
}
