import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventUid, icalendar } from '../../../src/domain/export/icalendar';

const NOW = new Date('2026-02-13T10:20:30.456Z');
const EVENTS = [
  {
    key: 'process-review|loop-1||closed',
    date: '2026-02-24',
    summary: 'Review the process — Acme, Inc.',
    description: 'Look back on the Acme loop; what went well?\nWrite it down.',
  },
  {
    key: 'five-month-check-in|loop-1|person-1|closed',
    date: '2026-07-10',
    summary: 'Five-month check-in: Ana María Núñez 🌟',
    description: `Five months since Acme chose someone else. ${'Check in with Ana, the executive. '.repeat(4)}`,
  },
  {
    key: 'thank-you|loop-2|person-2|2026-12-31',
    date: '2026-12-31',
    summary: 'Thank-you note',
    description: 'Year end',
  },
];

describe('iCalendar', () => {
  const text = icalendar(EVENTS, { name: 'Loopkeeper follow-ups', now: NOW });

  it('uses CRLF and lines of at most 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('PRODID:-//Loopkeeper//Follow-up reminders//EN');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
  });

  it('is read back by an independent parser (ical.js): one all-day event per reminder', () => {
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(3);
    const [review, checkIn, thanks] = events;
    expect(review?.summary).toBe(EVENTS[0]?.summary);
    expect(review?.description).toBe(EVENTS[0]?.description);
    expect(review?.startDate.isDate).toBe(true);
    expect(review?.startDate.toString()).toBe('2026-02-24');
    expect(review?.endDate.toString()).toBe('2026-02-25');
    expect(checkIn?.summary).toBe(EVENTS[1]?.summary);
    expect(checkIn?.description).toBe(EVENTS[1]?.description);
    expect(thanks?.endDate.toString()).toBe('2027-01-01');
    const stamp = calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toString()).toBe('2026-02-13T10:20:30Z');
    expect(new Set(events.map((e) => e.uid)).size).toBe(3);
  });

  it('gives each reminder a stable UID from its key, the same in every export', () => {
    const again = icalendar([...EVENTS].reverse(), { name: 'x', now: new Date() });
    const uids = (ics: string) => [...ics.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    expect(uids(again).sort()).toEqual(uids(text).sort());
    expect(eventUid('a|b||c')).toBe(eventUid('a|b||c'));
    expect(eventUid('a|b||c')).not.toBe(eventUid('a|b|c|'));
    expect(eventUid('a|b||c')).toMatch(/^[A-Za-z0-9_.~=-]+@loopkeeper$/);
  });

  it('escapes text values', () => {
    const ics = icalendar([{ key: 'k', date: '2026-01-01', summary: 'a,b;c\\d', description: 'x\r\ny' }], {
      name: 'n',
      now: NOW,
    });
    expect(ics).toContain('SUMMARY:a\\,b\\;c\\\\d\r\n');
    expect(ics).toContain('DESCRIPTION:x\\ny\r\n');
  });

  it('an empty list is still a valid calendar', () => {
    const calendar = new ICAL.Component(ICAL.parse(icalendar([], { name: 'n', now: NOW })) as unknown[]);
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
  });
});
