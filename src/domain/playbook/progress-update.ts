import type { CalendarDate, Id } from '../types';
import {
  CLOSED_STATUSES,
  currentSince,
  offsetDue,
  type PlanLoop,
  type PlannedReminder,
  type PlanSettings,
  planned,
} from './common';

/**
 * Keep the people of a "no" posted: one `progress-update` series per person, however many loops they
 * sat in, attached to their most recent rejected or withdrawn loop (latest outcome date; a tie goes to
 * the loop created later, then the larger id). Only the next occurrence exists: it is due
 * `progressUpdateWeeks` × 7 days after the later of that outcome (R) and the last touch with the
 * person (any loop, any channel), off the weekend.
 *
 * Anchor: the date the occurrence counts from. A touch — including the one logged when the user marks
 * a message reminder done (src/db/reminders.ts `completeReminder`) — makes a later from-date, so a new
 * occurrence (a new key) replaces the open one, and a completed one stays behind as history. Dismissing
 * an occurrence logs no touch: the series rests until the next contact with that person.
 */
export function planProgressUpdate(
  personId: Id,
  loops: readonly PlanLoop[],
  lastTouchOn: CalendarDate | undefined,
  settings: PlanSettings,
): PlannedReminder | undefined {
  let best: { loop: PlanLoop; on: CalendarDate } | undefined;
  for (const loop of loops) {
    if (!CLOSED_STATUSES.includes(loop.status)) continue;
    const since = currentSince(loop);
    if (!since) continue;
    if (!best || isLater(since.on, loop, best)) best = { loop, on: since.on };
  }
  if (!best) return undefined;
  const from = lastTouchOn && lastTouchOn > best.on ? lastTouchOn : best.on;
  const due = offsetDue(from, settings.intervals.progressUpdateWeeks * 7, settings);
  return planned('progress-update', best.loop.id, personId, from, due);
}

function isLater(on: CalendarDate, loop: PlanLoop, best: { loop: PlanLoop; on: CalendarDate }): boolean {
  if (on !== best.on) return on > best.on;
  if (loop.createdAt !== best.loop.createdAt) return loop.createdAt > best.loop.createdAt;
  return loop.id > best.loop.id;
}
