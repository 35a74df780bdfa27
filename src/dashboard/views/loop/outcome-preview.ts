/**
 * What an outcome will do before it is recorded: the reminders the playbook plans for the loop with its
 * new status, and the open ones that stop applying. Pure — it runs the same rules reconciliation runs
 * (src/domain/playbook) on the loop as it would be, so the preview and the result cannot disagree.
 */

import type { OutcomeContext } from '../../../db/outcome';
import {
  announcementTargets,
  type PlannedReminder,
  planAnnouncement,
  planLoop,
  planProgressUpdate,
} from '../../../domain/playbook/plan';
import type { CalendarDate, Loop, LoopStatus, Reminder, StatusChange } from '../../../domain/types';

export interface OutcomeChange {
  status: LoopStatus;
  on: CalendarDate;
  deadline?: CalendarDate;
}

export interface OutcomePreview {
  /** Reminders the change adds, earliest first. */
  planned: PlannedReminder[];
  /** Open reminders that no longer apply (removed, or kept as obsolete when a job is accepted). */
  obsolete: Reminder[];
}

/** The loop as it will be once the change is recorded (as changeLoopStatus writes it). */
export function withChange(loop: Loop, change: OutcomeChange): Loop {
  const entry: StatusChange = { status: change.status, on: change.on };
  if (change.deadline) entry.deadline = change.deadline;
  const next: Loop = { ...loop, status: change.status, history: [...loop.history, entry] };
  if (change.status === 'offer') {
    const offer = loop.offer ?? { notes: '', questions: [], toMeet: '', conversation: '' };
    next.offer = { ...offer };
    if (change.deadline) next.offer.deadline = change.deadline;
    else delete next.offer.deadline;
  }
  return next;
}

const PENDING = new Set(['open', 'snoozed']);
/** Stored reminders a plan does not add again: still pending, or already answered by the user. */
const KEPT = new Set(['open', 'snoozed', 'done', 'dismissed']);

/** Every reminder the playbook wants, in the scope of `stored`, once the loop has changed. */
function desiredAfter(context: OutcomeContext, next: Loop): PlannedReminder[] {
  const { participations, people, settings } = context;
  const desired = planLoop(next, participations, people, settings);
  for (const personId of new Set(participations.map((p) => p.personId))) {
    const loops = (context.loopsOfPerson.get(personId) ?? []).map((l) => (l.id === next.id ? next : l));
    if (!loops.some((l) => l.id === next.id)) loops.push(next);
    const series = planProgressUpdate(personId, loops, context.lastTouch.get(personId), settings);
    if (series) desired.push(series);
  }
  if (next.status === 'accepted') {
    for (const personId of announcementTargets(next.id, context.otherParticipations)) {
      const reminder = planAnnouncement(next, personId, settings);
      if (reminder) desired.push(reminder);
    }
  }
  return desired;
}

export function previewOutcome(
  context: OutcomeContext,
  change: OutcomeChange,
  today: CalendarDate,
): OutcomePreview {
  const next = withChange(context.loop, change);
  const desired = desiredAfter(context, next);
  const wanted = new Set(desired.map((r) => r.key));
  const kept = new Set(context.stored.filter((r) => KEPT.has(r.status)).map((r) => r.key));
  const byDue = <T extends { due: CalendarDate; key: string }>(a: T, b: T) =>
    a.due < b.due ? -1 : a.due > b.due ? 1 : a.key < b.key ? -1 : 1;
  const planned = [...new Map(desired.map((r) => [r.key, r])).values()]
    .filter((r) => !kept.has(r.key))
    .sort(byDue);
  const obsolete = context.stored
    .filter((r) => PENDING.has(r.status) && !wanted.has(r.key))
    .filter((r) => !r.expiresOn || r.expiresOn > today)
    .sort(byDue);
  return { planned, obsolete };
}
