/**
 * iCalendar (RFC 5545) of reminders, so they can sit in the user's calendar: one all-day event per
 * reminder (DTSTART;VALUE=DATE on the day it shows, DTEND the next day), transparent so it never
 * blocks time, with a UID made from the reminder's stable key (importing again updates, never
 * duplicates). The caller writes the summary and description (who, and why, in the user's words).
 */
import { addDays } from '../dates';
import type { CalendarDate } from '../types';
import { clean, contentLines, escapeText } from './text';

export interface CalendarEvent {
  /** The reminder's stable key (kind|loop|person|anchor). */
  key: string;
  date: CalendarDate;
  summary: string;
  description: string;
}

export interface CalendarOptions {
  /** The calendar's display name (X-WR-CALNAME, read by Google Calendar and Apple Calendar). */
  name: string;
  /** When the file is written: every event's DTSTAMP. */
  now: Date;
}

const compactDate = (date: CalendarDate) => date.replaceAll('-', '');

/** '20260213T100000Z': the UTC form DTSTAMP requires. */
export function utcStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A UID from the key: only characters that need no escaping, and still unique per key. */
export function eventUid(key: string): string {
  return `${encodeURIComponent(key).replace(/[!'()*%]/g, (c) => (c === '%' ? '=' : `=${c.charCodeAt(0).toString(16)}`))}@loopkeeper`;
}

const text = (value: string) => escapeText(clean(value));

/** Earliest day first, then by key: the order events are written in. */
export function byDateThenKey(a: CalendarEvent, b: CalendarEvent): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : 1;
}

/** The calendar's opening lines, up to the first event (as folded content lines). */
export function calendarStart(options: CalendarOptions): string {
  return contentLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Loopkeeper//Follow-up reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(options.name)}`,
  ]);
}

/** One event (as folded content lines); `stamp` is utcStamp(options.now). */
export function calendarEvent(event: CalendarEvent, stamp: string): string {
  return contentLines([
    'BEGIN:VEVENT',
    `UID:${eventUid(event.key)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
    `DTEND;VALUE=DATE:${compactDate(addDays(event.date, 1))}`,
    `SUMMARY:${text(event.summary)}`,
    `DESCRIPTION:${text(event.description)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ]);
}

export const CALENDAR_END = contentLines(['END:VCALENDAR']);

/**
 * The whole calendar in one call. The dashboard writes a large one piece by piece from the parts above
 * (between frames), which give exactly this text.
 */
export function icalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const stamp = utcStamp(options.now);
  const sorted = [...events].sort(byDateThenKey);
  return calendarStart(options) + sorted.map((event) => calendarEvent(event, stamp)).join('') + CALENDAR_END;
}
