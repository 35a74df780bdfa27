import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  fromDayNumber,
  maxDate,
  minDate,
  shiftOffWeekend,
  toDayNumber,
  weekday,
} from '../../src/domain/dates';

// The days clocks change in the zones test:zones runs under (US, EU, NZ) and a leap day.
const DST_DAYS = [
  '2026-03-08', // America/New_York springs forward
  '2026-11-01', // New York falls back
  '2026-03-29', // Europe/Berlin springs forward
  '2026-10-25', // Berlin falls back
  '2026-04-05', // Pacific/Auckland falls back
  '2026-09-27', // Auckland springs forward
];

describe(`calendar dates (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-02-27', 1)).toBe('2026-02-28');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-02-27', 56)).toBe('2026-04-24');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
  });

  it.each(DST_DAYS)('never slips a day around the clock change on %s', (day) => {
    expect(addDays(addDays(day, 1), -1)).toBe(day);
    expect(daysBetween(addDays(day, -1), addDays(day, 1))).toBe(2);
    expect(addDays(day, 7)).toBe(fromDayNumber(toDayNumber(day) + 7));
    // Compare with the UTC calendar, which has no DST.
    const utc = new Date(`${day}T00:00:00Z`);
    utc.setUTCDate(utc.getUTCDate() + 1);
    expect(addDays(day, 1)).toBe(utc.toISOString().slice(0, 10));
    expect(weekday(day)).toBe(new Date(`${day}T12:00:00Z`).getUTCDay());
  });

  it('agrees with the UTC calendar over four centuries', () => {
    for (let n = -150_000; n < 150_000; n += 97) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(fromDayNumber(n)).toBe(iso);
      expect(toDayNumber(iso)).toBe(n);
    }
  });

  it('adds months, clamping to the month end', () => {
    expect(addMonths('2026-08-31', 5)).toBe('2027-01-31');
    expect(addMonths('2026-09-30', 5)).toBe('2027-02-28');
    expect(addMonths('2027-09-30', 5)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2028-02-29', 5)).toBe('2028-07-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-05-15', 0)).toBe('2026-05-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('knows weekdays and moves weekends to Monday', () => {
    expect(weekday('2026-03-02')).toBe(1);
    expect(weekday('2026-02-28')).toBe(6);
    expect(weekday('1970-01-01')).toBe(4);
    expect(shiftOffWeekend('2026-02-28')).toBe('2026-03-02');
    expect(shiftOffWeekend('2026-03-01')).toBe('2026-03-02');
    expect(shiftOffWeekend('2026-03-02')).toBe('2026-03-02');
    expect(shiftOffWeekend('2026-03-06')).toBe('2026-03-06');
    expect(shiftOffWeekend('2027-01-31')).toBe('2027-02-01');
  });

  it('compares, picks the earliest and latest, counts days between', () => {
    expect(compareDates('2026-01-02', '2026-01-10')).toBeLessThan(0);
    expect(compareDates('2026-01-10', '2026-01-10')).toBe(0);
    expect(minDate('2026-03-01', '2026-02-01', '2026-04-01')).toBe('2026-02-01');
    expect(maxDate('2026-03-01', '2026-02-01', '2026-04-01')).toBe('2026-04-01');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });

  it('refuses text that is not a date', () => {
    expect(() => addDays('2026-3-1', 1)).toThrow(RangeError);
  });
});
