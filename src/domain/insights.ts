/**
 * The figures of #/insights, computed from records as stored: pure, so each chart's numbers are the
 * same on the page, in its table and in the tests. Months are 'YYYY-MM'.
 */
import { addMonths, daysInMonth } from './dates';
import { localDate } from './today';
import type { CalendarDate, Loop, LoopStatus, Participation, Reminder } from './types';

export const FUNNEL_STAGES = ['applied', 'screening', 'interviewing', 'final-round', 'offer'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** How far each status takes a loop: an accepted or declined loop had an offer; a "no" came after applying. */
const REACH: Record<LoopStatus, number> = {
  applied: 0,
  screening: 1,
  interviewing: 2,
  'final-round': 3,
  offer: 4,
  accepted: 4,
  declined: 4,
  rejected: 0,
  withdrawn: 0,
};

export interface Count<K extends string> {
  key: K;
  count: number;
}

/**
 * Loops that reached each stage: a loop reached a stage when any status of its dated history is that
 * stage or a later one (a loop moved from Applied straight to Interviewing went through Screening).
 */
export function funnel(loops: readonly Loop[]): Count<FunnelStage>[] {
  const reach = loops.map((loop) => Math.max(0, ...loop.history.map((change) => REACH[change.status])));
  return FUNNEL_STAGES.map((key, index) => ({ key, count: reach.filter((r) => r >= index).length }));
}

/** The `count` months ending with the month of `today`, oldest first. */
export function monthsBefore(today: CalendarDate, count: number): string[] {
  const first = `${today.slice(0, 7)}-01`;
  return Array.from({ length: count }, (_, i) => addMonths(first, i - count + 1).slice(0, 7));
}

/** Loops started per month, by the date of their first status. */
export function loopsStarted(loops: readonly Loop[], months: readonly string[]): Count<string>[] {
  const per = new Map<string, number>();
  for (const loop of loops) {
    const month = loop.history[0]?.on.slice(0, 7);
    if (month) per.set(month, (per.get(month) ?? 0) + 1);
  }
  return months.map((key) => ({ key, count: per.get(key) ?? 0 }));
}

/** People met per month: each person once a month however many times or loops they were met in. */
export function peopleMet(
  participations: readonly Participation[],
  months: readonly string[],
): Count<string>[] {
  const per = new Map<string, Set<string>>();
  for (const p of participations)
    for (const date of p.met) {
      const month = date.slice(0, 7);
      per.set(month, (per.get(month) ?? new Set()).add(p.personId));
    }
  return months.map((key) => ({ key, count: per.get(key)?.size ?? 0 }));
}

export type FollowUpOutcome = 'on-time' | 'late' | 'dismissed';

/** Reminders the user answered: done by their due date, done after it, or dismissed. */
export function followUps(closed: readonly Reminder[]): Count<FollowUpOutcome>[] {
  const counts = { 'on-time': 0, late: 0, dismissed: 0 };
  for (const r of closed) {
    if (r.status === 'dismissed') counts.dismissed += 1;
    else if (r.status === 'done') {
      // Records from before closedOn was kept: the day they were last written is the day they were done.
      const on = r.closedOn ?? localDate(new Date(r.updatedAt));
      counts[on <= r.due ? 'on-time' : 'late'] += 1;
    }
  }
  return (['on-time', 'late', 'dismissed'] as const).map((key) => ({ key, count: counts[key] }));
}

export type AheadKind = 'check-in' | 'progress-update' | 'offer-deadline' | 'other';
export const AHEAD_KINDS: readonly AheadKind[] = ['check-in', 'progress-update', 'offer-deadline', 'other'];

export interface AheadItem {
  date: CalendarDate;
  kind: AheadKind;
}

export interface AheadWindow {
  from: CalendarDate;
  /** The last day shown: the end of the sixth month, counting this one. */
  to: CalendarDate;
  months: string[];
}

/** This month and the five after it, from today to the sixth month's last day. */
export function aheadWindow(today: CalendarDate): AheadWindow {
  const months = Array.from({ length: 6 }, (_, i) => addMonths(`${today.slice(0, 7)}-01`, i).slice(0, 7));
  const last = months.at(-1) as string;
  const [y, m] = last.split('-').map(Number);
  return { from: today, to: `${last}-${String(daysInMonth(y ?? 0, m ?? 1)).padStart(2, '0')}`, months };
}

/**
 * What is dated in the window: pending reminders on the day they show (check-ins, progress updates,
 * the rest), and the decision deadline of each open offer. The offer-decision reminder is left out:
 * its deadline is already on the strip, a day later.
 */
export function aheadItems(
  pending: readonly Reminder[],
  offers: readonly Loop[],
  window: AheadWindow,
): AheadItem[] {
  const inWindow = (date: CalendarDate) => date >= window.from && date <= window.to;
  const items: AheadItem[] = [];
  for (const r of pending) {
    if (r.kind === 'offer-decision' || !inWindow(r.showOn)) continue;
    if (r.expiresOn && r.expiresOn <= window.from) continue;
    const kind: AheadKind =
      r.kind === 'five-month-check-in'
        ? 'check-in'
        : r.kind === 'progress-update'
          ? 'progress-update'
          : 'other';
    items.push({ date: r.showOn, kind });
  }
  for (const loop of offers) {
    const deadline = loop.status === 'offer' ? loop.offer?.deadline : undefined;
    if (deadline && inWindow(deadline)) items.push({ date: deadline, kind: 'offer-deadline' });
  }
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Per month of the window, how many of each kind. */
export function aheadByMonth(
  items: readonly AheadItem[],
  months: readonly string[],
): Record<AheadKind, number>[] {
  return months.map((month) => {
    const counts: Record<AheadKind, number> = {
      'check-in': 0,
      'progress-update': 0,
      'offer-deadline': 0,
      other: 0,
    };
    for (const item of items) if (item.date.startsWith(month)) counts[item.kind] += 1;
    return counts;
  });
}
