import { addMonths, shiftOffWeekend } from '../dates';
import type { ParticipantRole } from '../types';
import {
  currentSince,
  inLoopOrder,
  type PlanLoop,
  type PlannedReminder,
  type PlanParticipation,
  type PlanSettings,
  planned,
} from './common';
import { ANCHOR_CLOSED } from './keys';

/** Whom to check in with, in order of preference (the coach: "the hiring executive or HR"). */
const CHECK_IN_ROLES: readonly ParticipantRole[] = ['hiring-manager', 'hr', 'executive', 'recruiter'];

/**
 * The one participant to check in with: the first hiring manager, else the first HR person, else the
 * first executive, else the first recruiter, else the first one you hit it off with, else the first
 * participant. `undefined` when the loop has no participants (the check-in is then the loop's own).
 */
export function checkInPerson<T extends PlanParticipation>(participations: readonly T[]): T | undefined {
  const ordered = inLoopOrder(participations);
  for (const role of CHECK_IN_ROLES) {
    const found = ordered.find((p) => p.role === role);
    if (found) return found;
  }
  return ordered.find((p) => p.hitItOff) ?? ordered[0];
}

/**
 * After a rejection on R: a `five-month-check-in` at R + `checkInMonths` calendar months (clamped to
 * the month's end, then off the weekend) — by then the winner has succeeded or failed.
 */
export function planFiveMonth(
  loop: PlanLoop,
  participations: readonly PlanParticipation[],
  settings: PlanSettings,
): PlannedReminder[] {
  const since = currentSince(loop);
  if (!since || loop.status !== 'rejected') return [];
  let due = addMonths(since.on, settings.intervals.checkInMonths);
  if (settings.skipWeekends) due = shiftOffWeekend(due);
  const person = checkInPerson(participations);
  return [planned('five-month-check-in', loop.id, person?.personId ?? null, ANCHOR_CLOSED, due)];
}
