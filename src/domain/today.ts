import type { CalendarDate } from './types';

/** The user's local calendar date for an instant (default: now), 'YYYY-MM-DD'. */
export function localDate(at: Date = new Date()): CalendarDate {
  const y = String(at.getFullYear()).padStart(4, '0');
  const m = String(at.getMonth() + 1).padStart(2, '0');
  const d = String(at.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** True when `text` is a real calendar date written 'YYYY-MM-DD' (rejects 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
