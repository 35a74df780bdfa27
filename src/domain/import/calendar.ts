/**
 * Calendar invites (.ics) as Google Calendar, Outlook and Apple Calendar send them, read with ical.js:
 * each event's title, the dates it can be (one, or the instances of a recurring series), whether it is
 * cancelled, and the people invited (the organiser too; rooms and resources are not people).
 * The file's own time zones (VTIMEZONE) are registered so a 09:00 in New York lands on the right date
 * in the user's zone (an IANA zone the file names without defining is resolved too); all-day events
 * keep their date.
 */
import ICAL from 'ical.js';
import { collapseWhitespace } from '../names';
import { localDate } from '../today';
import type { CalendarDate } from '../types';
import { checkField, IMPORT_LIMITS, ImportProblem } from './problem';

export interface InviteGuest {
  name: string;
  email: string;
}

export interface InviteEvent {
  /** Position in the file, to choose one of several. */
  index: number;
  title: string;
  /** The dates to choose from: one, or the instances of a recurring series (the first ones). */
  dates: CalendarDate[];
  /** Local start time 'HH:MM'; absent for an all-day event. */
  time?: string;
  location?: string;
  cancelled: boolean;
  guests: InviteGuest[];
}

/** Instances of a recurring event offered to choose from (a weekly loop of interviews is short). */
const MAX_INSTANCES = 60;

/** Milliseconds the zone is ahead of UTC at that instant, as the browser's time-zone data says. */
function offsetIn(zone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(at));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return (
    Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - at
  );
}

/**
 * The instant of a time whose TZID the file names without defining it (no VTIMEZONE: ical.js then
 * calls it floating): an IANA name such as America/New_York is resolved with the browser's own
 * time-zone data; any other name leaves the time as the user's local time.
 */
function instantOf(time: ICAL.Time): Date {
  // ical.js keeps the TZID it could not resolve on the time, outside its typings.
  const named = (time as unknown as { timezone?: string }).timezone;
  const zone = time.zone?.tzid === 'floating' ? named : undefined;
  if (zone) {
    try {
      const wall = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
      const first = wall - offsetIn(zone, wall);
      return new Date(wall - offsetIn(zone, first));
    } catch {
      // Not a zone the browser knows: the wall time as local time.
    }
  }
  return time.toJSDate();
}

function dateOf(time: ICAL.Time): { date: CalendarDate; time?: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (time.isDate) return { date: `${time.year}-${pad(time.month)}-${pad(time.day)}` };
  const at = instantOf(time);
  return { date: localDate(at), time: `${pad(at.getHours())}:${pad(at.getMinutes())}` };
}

function guestOf(property: ICAL.Property, where: string): InviteGuest | null {
  const cutype = String(property.getParameter('cutype') ?? 'INDIVIDUAL').toUpperCase();
  if (cutype === 'ROOM' || cutype === 'RESOURCE') return null;
  const value = String(property.getFirstValue() ?? '');
  const email = checkField(value.replace(/^mailto:/i, '').trim(), where).toLowerCase();
  if (!email.includes('@')) return null;
  const cn = property.getParameter('cn');
  const name = checkField(collapseWhitespace(String(Array.isArray(cn) ? cn[0] : (cn ?? ''))), where);
  return { name: name.includes('@') ? '' : name, email };
}

function guestsOf(vevent: ICAL.Component, title: string): InviteGuest[] {
  const byEmail = new Map<string, InviteGuest>();
  const properties = [...vevent.getAllProperties('organizer'), ...vevent.getAllProperties('attendee')];
  for (const property of properties) {
    const guest = guestOf(property, `“${title}”, guest`);
    if (!guest) continue;
    const known = byEmail.get(guest.email);
    if (!known || (!known.name && guest.name)) byEmail.set(guest.email, guest);
  }
  return [...byEmail.values()];
}

function datesOf(event: ICAL.Event): CalendarDate[] {
  if (!event.isRecurring()) return [dateOf(event.startDate).date];
  const dates: CalendarDate[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && dates.length < MAX_INSTANCES; next = iterator.next()) {
    const date = dateOf(event.getOccurrenceDetails(next).startDate).date;
    if (dates.at(-1) !== date) dates.push(date);
  }
  return dates;
}

function eventOf(vevent: ICAL.Component, index: number, method: string): InviteEvent {
  const event = new ICAL.Event(vevent);
  const title = checkField(collapseWhitespace(event.summary ?? ''), `event ${index + 1}, title`);
  if (!event.startDate) throw new ImportProblem('calendar-broken', { detail: `“${title}” has no start` });
  const status = String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase();
  const start = dateOf(event.startDate);
  const location = collapseWhitespace(event.location ?? '').slice(0, IMPORT_LIMITS.field);
  return {
    index,
    title,
    dates: datesOf(event),
    ...(start.time ? { time: start.time } : {}),
    ...(location ? { location } : {}),
    cancelled: method === 'CANCEL' || status === 'CANCELLED',
    guests: guestsOf(vevent, title),
  };
}

function calendarsOf(text: string): ICAL.Component[] {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    throw new ImportProblem('calendar-broken', { detail: error instanceof Error ? error.message : '' });
  }
  const list = (Array.isArray((parsed as unknown[])[0]) ? parsed : [parsed]) as unknown[];
  return list.map((jcal) => new ICAL.Component(jcal as ICAL.Component['jCal']));
}

/** The events of a calendar file, in file order; an ImportProblem when there are none. */
export function parseInvite(text: string): InviteEvent[] {
  const events: InviteEvent[] = [];
  ICAL.TimezoneService.reset();
  for (const calendar of calendarsOf(text)) {
    if (calendar.name !== 'vcalendar') throw new ImportProblem('calendar-broken', { detail: calendar.name });
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const method = String(calendar.getFirstPropertyValue('method') ?? '').toUpperCase();
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      if (events.length >= IMPORT_LIMITS.entries) {
        throw new ImportProblem('too-many-rows', { limit: IMPORT_LIMITS.entries });
      }
      events.push(eventOf(vevent, events.length, method));
    }
  }
  if (events.length === 0) throw new ImportProblem('no-events');
  return events;
}
