/** What every rule group shares: the slice of state the playbook reads, and small date helpers. */
import { addDays, shiftOffWeekend } from '../dates';
import type {
  CalendarDate,
  Id,
  Loop,
  LoopStatus,
  Participation,
  Person,
  ReminderKind,
  Settings,
  StatusChange,
  Touch,
} from '../types';
import { reminderKey } from './keys';

export type PlanLoop = Pick<Loop, 'id' | 'status' | 'history' | 'createdAt'> & {
  offer?: { deadline?: CalendarDate } | undefined;
};
export type PlanParticipation = Pick<
  Participation,
  'id' | 'loopId' | 'personId' | 'role' | 'hitItOff' | 'met' | 'createdAt'
>;
export type PlanPerson = Pick<Person, 'id' | 'connected'>;
export type PlanTouch = Pick<Touch, 'personId' | 'on'>;
export type PlanSettings = Pick<Settings, 'skipWeekends' | 'intervals'>;

/** A reminder the playbook says should exist. */
export interface PlannedReminder {
  key: string;
  kind: ReminderKind;
  loopId: Id | null;
  personId: Id | null;
  anchor: string;
  due: CalendarDate;
  expiresOn?: CalendarDate;
}

export function planned(
  kind: ReminderKind,
  loopId: Id | null,
  personId: Id | null,
  anchor: string,
  due: CalendarDate,
  expiresOn?: CalendarDate,
): PlannedReminder {
  const reminder: PlannedReminder = {
    key: reminderKey(kind, loopId, personId, anchor),
    kind,
    loopId,
    personId,
    anchor,
    due,
  };
  if (expiresOn) reminder.expiresOn = expiresOn;
  return reminder;
}

/** `date` + `days`, moved off a weekend when the user skips weekends: every due date from an offset. */
export function offsetDue(date: CalendarDate, days: number, settings: PlanSettings): CalendarDate {
  const due = addDays(date, days);
  return settings.skipWeekends ? shiftOffWeekend(due) : due;
}

/**
 * The change that started the loop's current status. Recording the same status twice (an offer whose
 * deadline was given later) does not restart it: the run of equal statuses at the end counts from its
 * first entry.
 */
export function currentSince(loop: PlanLoop): StatusChange | undefined {
  const { history } = loop;
  let index = history.length - 1;
  if (index < 0) return undefined;
  while (index > 0 && history[index - 1]?.status === loop.status) index--;
  return history[index];
}

/** The decision deadline of the current offer: the editable offer details first, else the history. */
export function offerDeadline(loop: PlanLoop): CalendarDate | undefined {
  if (loop.offer) return loop.offer.deadline;
  return loop.history.at(-1)?.deadline;
}

export const CLOSED_STATUSES: readonly LoopStatus[] = ['rejected', 'withdrawn'];

/** Participants in their order in the loop ("the first hiring manager"): creation time, then id. */
export function inLoopOrder<T extends Pick<Participation, 'createdAt' | 'id'>>(
  participations: readonly T[],
): T[] {
  return [...participations].sort(
    (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
