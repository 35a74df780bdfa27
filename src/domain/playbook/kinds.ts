/**
 * Which reminder kinds are messages to a person (the user writes or calls someone: there is a template,
 * and marking one done logs a touch) and which are the user's own tasks (no template, no touch).
 */
import type { ReminderKind, TouchChannel } from '../types';

export const MESSAGE_KINDS = [
  'thank-you',
  'rejection-follow-up',
  'linkedin-connect',
  'rapport-call',
  'consulting-offer',
  'five-month-check-in',
  'progress-update',
  'offer-hiring-manager',
  'new-job-announcement',
] as const satisfies readonly ReminderKind[];
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const TASK_KINDS = [
  'process-review',
  'offer-questions',
  'offer-meet-more-people',
  'offer-decision',
] as const satisfies readonly ReminderKind[];

export function isMessageKind(kind: ReminderKind): kind is MessageKind {
  return (MESSAGE_KINDS as readonly string[]).includes(kind);
}

/** The channel a completed message is logged under when the user does not say. */
export function defaultChannel(kind: ReminderKind): TouchChannel {
  if (kind === 'linkedin-connect') return 'linkedin';
  if (kind === 'rapport-call') return 'call';
  if (kind === 'offer-hiring-manager') return 'meeting';
  return 'email';
}
