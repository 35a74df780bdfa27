/**
 * What a user can do about one reminder, wherever it shows (popup, agenda, loop and person pages):
 * the shared reminder-actions component hands one of these to its caller, and each context performs
 * it its own way (the popup through the service worker, the dashboard through src/db).
 */
import { addDays, addMonths } from './dates';
import type { CalendarDate, TouchChannel } from './types';

export type SnoozePeriod = 'day' | 'week' | 'month';
export const SNOOZE_PERIODS: readonly SnoozePeriod[] = ['day', 'week', 'month'];

export type Action =
  | { type: 'done' }
  | { type: 'sent'; channel: TouchChannel }
  | { type: 'snooze'; period: SnoozePeriod }
  | { type: 'dismiss' };

/** The date a snooze shows the reminder again, counted from today. */
export function snoozeUntil(period: SnoozePeriod, today: CalendarDate): CalendarDate {
  if (period === 'day') return addDays(today, 1);
  if (period === 'week') return addDays(today, 7);
  return addMonths(today, 1);
}
