/** Presentation helpers shared by the views: dates in words, the order loops are grouped in. */
import { toDayNumber } from '../domain/dates';
import type { CalendarDate, LoopStatus } from '../domain/types';
import { formatLongDate, plural } from '../i18n/format';
import { t } from '../i18n/i18n';

/** Loops that need the user most come first: an offer in hand, then the live stages, then outcomes. */
export const STATUS_ORDER: readonly LoopStatus[] = [
  'offer',
  'final-round',
  'interviewing',
  'screening',
  'applied',
  'accepted',
  'rejected',
  'withdrawn',
  'declined',
];

/** '2026-03-12' → "Thu, 12 Mar 2026" / "Do., 12. März 2026" in the browser's interface language. */
export const formatDate = formatLongDate;

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** "5 days left", "1 day left", "Decide today", "2 days past the deadline". */
export function countdown(deadline: CalendarDate, today: CalendarDate): string {
  const left = daysBetween(today, deadline);
  if (left > 0) return plural(left, { one: 'dashboard_day_left', other: 'dashboard_days_left' });
  if (left === 0) return t('dashboard_decide_today');
  return plural(-left, { one: 'dashboard_day_past', other: 'dashboard_days_past' });
}

/** "Overdue", "Today", "Tomorrow" or the date. */
export function relativeDay(date: CalendarDate, today: CalendarDate): string {
  const diff = daysBetween(today, date);
  if (diff < 0) return t('dashboard_overdue_since', { date: formatDate(date) });
  if (diff === 0) return t('dashboard_today');
  if (diff === 1) return t('dashboard_tomorrow');
  return formatDate(date);
}
