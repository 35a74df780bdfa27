/**
 * Calendar-date maths on 'YYYY-MM-DD' strings.
 *
 * A calendar date is not an instant, so nothing here touches `Date` or the time zone: dates are turned
 * into a day number (days since 1970-01-01 in the proleptic Gregorian calendar) with plain integer
 * arithmetic (Howard Hinnant's days_from_civil), added to, and turned back. A DST change, a zone offset
 * or a leap second can therefore never move a result by a day, whatever zone the code runs in. This is
 * a dozen lines, which is why Loopkeeper does not pull in a date library for it.
 */
import type { CalendarDate } from './types';

/** 0 = Sunday … 6 = Saturday, as `Date.getDay()`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

interface Parts {
  y: number;
  m: number;
  d: number;
}

function parse(date: CalendarDate): Parts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a calendar date: ${date}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

function format({ y, m, d }: Parts): CalendarDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Days since 1970-01-01. */
export function toDayNumber(date: CalendarDate): number {
  const { y: year, m, d } = parse(date);
  const y = year - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return format({ y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d });
}

/** `date` + `days` calendar days (negative goes back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** `date` + `months` calendar months, clamped to the month's last day (31 Aug + 5 months = 31 Jan). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { y, m, d } = parse(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format({ y: year, m: month, d: Math.min(d, daysInMonth(year, month)) });
}

export function weekday(date: CalendarDate): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 4) % 7) + 7) % 7) as Weekday;
}

export function isWeekend(date: CalendarDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

/** A Saturday or Sunday moves to the following Monday; any other day stays. */
export function shiftOffWeekend(date: CalendarDate): CalendarDate {
  const day = weekday(date);
  if (day === 6) return addDays(date, 2);
  if (day === 0) return addDays(date, 1);
  return date;
}

/** Negative, zero or positive as `a` is before, on or after `b` ('YYYY-MM-DD' sorts as text). */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(first: CalendarDate, ...rest: CalendarDate[]): CalendarDate {
  return rest.reduce((min, date) => (compareDates(date, min) < 0 ? date : min), first);
}

export function maxDate(first: CalendarDate, ...rest: CalendarDate[]): CalendarDate {
  return rest.reduce((max, date) => (compareDates(date, max) > 0 ? date : max), first);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}
