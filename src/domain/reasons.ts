/**
 * Why a reminder is there, in one plain sentence. The domain cannot translate, so it returns the
 * message key and the values; the UI fills `roleInLoop` with `t(reason.roleInLoopKey)` and then shows
 * `t(reason.key, reason.values)`.
 *
 * Keys (public/_locales/en/messages.json): `reason_<kind>` with `-` written `_`; a loop-level
 * five-month check-in or hiring-manager conversation (no person) uses `reason_<kind>_loop`. The
 * participant's role as a phrase ("the hiring manager") is `roleinloop_<role>`.
 */
import { firstName } from './names';
import type { ParticipantRole, Reminder, ReminderKind } from './types';

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

export function reasonFor(reminder: Pick<Reminder, 'kind' | 'personId'>, context: ReasonContext): Reason {
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
  return reason;
}
