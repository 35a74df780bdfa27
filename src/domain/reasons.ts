/**
 * Why a reminder is there, in one plain sentence. The domain cannot translate, so it returns the
 * message key and the values; the UI fills `roleInLoop` with `t(reason.roleInLoopKey)` and then shows
 * `t(reason.key, reason.values)`.
 *
 * Keys (public/_locales/en/messages.json): `reason_<kind>` with `-` written `_`; a loop-level
 * five-month check-in or hiring-manager conversation (no person) uses `reason_<kind>_loop`. The
 * participant's role as a phrase ("the hiring manager") is `roleinloop_<role>`.
 */
import { daysBetween } from './dates';
import { firstName } from './names';
import { mendPunctuation } from './templates';
import { DEFAULT_INTERVALS, type ParticipantRole, type Reminder, type ReminderKind } from './types';

const underscore = (value: string) => value.replaceAll('-', '_');

/** Kinds that may be planned without a person, and so have a `_loop` sentence. */
export const LOOP_LEVEL_VARIANTS = [
  'five-month-check-in',
  'offer-hiring-manager',
] as const satisfies readonly ReminderKind[];

export function reasonKey(kind: ReminderKind, forLoop = false): string {
  return `reason_${underscore(kind)}${forLoop ? '_loop' : ''}`;
}

export function kindLabelKey(kind: ReminderKind): string {
  return `kind_${underscore(kind)}`;
}

export function roleInLoopKey(role: ParticipantRole): string {
  return `roleinloop_${underscore(role)}`;
}

export interface ReasonContext {
  person?: { name: string } | undefined;
  company?: { name: string } | undefined;
  loop?: { role: string } | undefined;
  /** The person's role in the reminder's loop, when they sit in it. */
  participantRole?: ParticipantRole | undefined;
}

export interface Reason {
  key: string;
  values: Record<string, string>;
  /** Translate this and put it in `values.roleInLoop` (absent when the person has no role in the loop). */
  roleInLoopKey?: string;
}

/**
 * The weeks between two progress updates, as this occurrence was planned: due is `progressUpdateWeeks`
 * × 7 days after its anchor, moved at most two days off a weekend, so the whole weeks in between are
 * the setting's value at planning time (a changed setting replans the series).
 */
export function progressUpdateWeeks(reminder: Partial<Pick<Reminder, 'anchor' | 'due'>>): number {
  const { anchor, due } = reminder;
  if (!anchor || !due || !/^\d{4}-\d{2}-\d{2}$/.test(anchor)) return DEFAULT_INTERVALS.progressUpdateWeeks;
  return Math.max(0, Math.floor(daysBetween(anchor, due) / 7));
}

type ReasonReminder = Pick<Reminder, 'kind' | 'personId'> & Partial<Pick<Reminder, 'anchor' | 'due'>>;

export function reasonFor(reminder: ReasonReminder, context: ReasonContext): Reason {
  const forLoop =
    reminder.personId === null && (LOOP_LEVEL_VARIANTS as readonly ReminderKind[]).includes(reminder.kind);
  const name = context.person?.name ?? '';
  const reason: Reason = {
    key: reasonKey(reminder.kind, forLoop),
    values: {
      firstName: firstName(name),
      fullName: name,
      company: context.company?.name ?? '',
      role: context.loop?.role ?? '',
      roleInLoop: '',
    },
  };
  if (context.participantRole) reason.roleInLoopKey = roleInLoopKey(context.participantRole);
  if (reminder.kind === 'progress-update') {
    const weeks = progressUpdateWeeks(reminder);
    reason.values.weeks = String(weeks);
    // One week reads "every week", never "every 1 weeks".
    if (weeks <= 1) reason.key = `${reason.key}_weekly`;
  }
  return reason;
}

/**
 * The sentence, translated: the person's role goes in as an appositive ("Check in with Dana, the
 * hiring manager."), and what an unknown role or a company ending in a period would leave behind
 * ("Dana, , about", "Dana, .", "B.V..") is mended. Every place that shows a reason calls this, so none drops
 * the role or doubles a period.
 */
export function reasonText(
  reason: Reason,
  translate: (key: string, values?: Record<string, string>) => string,
) {
  const values: Record<string, string> = { ...reason.values };
  if (reason.roleInLoopKey) values.roleInLoop = translate(reason.roleInLoopKey);
  const sentence = translate(reason.key, values)
    .replace(/,\s*,\s*/g, ' ')
    .replace(/,\s*([.:])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ');
  return mendPunctuation(sentence);
}
