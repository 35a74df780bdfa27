import { describe, expect, it } from 'vitest';
import { parseInvite } from '../../../src/domain/import/calendar';
import { connectedDate, parseConnections } from '../../../src/domain/import/linkedin';
import { readImportFile } from '../../../src/domain/import/read';
import { parseContacts } from '../../../src/domain/import/vcard';
import {
  APPLE_VCARDS,
  GOOGLE_INVITE,
  LINKEDIN_NEW,
  LINKEDIN_OLD,
  OUTLOOK_INVITE,
  OUTLOOK_VCARD,
} from './samples';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('invites', () => {
  it('reads an Outlook invite in its own time zone, without the meeting room', () => {
    const [event] = parseInvite(OUTLOOK_INVITE);
    expect(event?.title).toBe('Interview: Director of Product – Globex');
    // 16:00 Pacific daylight time on 10 March is 23:00 UTC (the tests run in UTC, see vitest config).
    const at = new Date('2026-03-10T23:00:00Z');
    expect(event?.time).toBe(`${String(at.getHours()).padStart(2, '0')}:00`);
    expect(event?.cancelled).toBe(false);
    expect(event?.guests.map((g) => g.email)).toEqual([
      'priya.raman@globex.com',
      'jordan.reyes@example.org',
      'marcus.lee@globex.com',
      'ana.souza@globex.com',
    ]);
  });

  it('resolves an IANA time zone the file names without defining it', () => {
    const file = (tzid: string) =>
      `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Late call\r\nDTSTART;TZID=${tzid}:20260310T230000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
    // 23:00 in New York on 10 March (daylight time, UTC-4) is 03:00 UTC on the 11th.
    const [event] = parseInvite(file('America/New_York'));
    const at = new Date('2026-03-11T03:00:00Z');
    const local = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
    expect(event?.dates).toEqual([local]);
    expect(event?.time).toBe(`${String(at.getHours()).padStart(2, '0')}:00`);
    // A name no browser knows: the wall time is taken as local.
    expect(parseInvite(file('Custom Zone 7'))[0]?.time).toBe('23:00');
  });

  it('reads a Google invite: the organiser once, named by address only', () => {
    const [event] = parseInvite(GOOGLE_INVITE);
    // 14:00 UTC on 12 March is the meeting's date in the user's own zone (the 13th in Auckland).
    const at = new Date(Date.UTC(2026, 2, 12, 14));
    const local = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
    expect(event?.dates).toEqual([local]);
    expect(event?.guests).toContainEqual({ name: '', email: 'dana.hill@initech.io' });
    expect(event?.guests.filter((g) => g.email === 'dana.hill@initech.io')).toHaveLength(1);
  });

  it('keeps an all-day date, offers a recurring series’ instances, and says a cancellation', () => {
    const file = [
      'BEGIN:VCALENDAR',
      'METHOD:CANCEL',
      'BEGIN:VEVENT',
      'UID:a',
      'SUMMARY:Onsite day',
      'DTSTART;VALUE=DATE:20260401',
      'STATUS:CANCELLED',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b',
      'SUMMARY:Weekly sync with the team',
      'DTSTART:20260402T100000Z',
      'RRULE:FREQ=WEEKLY;COUNT=3',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const [allDay, weekly] = parseInvite(file);
    expect(allDay).toMatchObject({ dates: ['2026-04-01'], cancelled: true });
    expect(allDay?.time).toBeUndefined();
    expect(weekly?.dates).toEqual(['2026-04-02', '2026-04-09', '2026-04-16']);
  });
});

describe('LinkedIn connections', () => {
  it('reads the export after its Notes preamble, names in any script, formulas as plain text', () => {
    const rows = parseConnections(LINKEDIN_NEW);
    expect(rows.map((r) => r.name)).toEqual([
      'Dana Hill',
      'Marcus Lee',
      '美咲 佐藤',
      '=HYPERLINK("http://x") +Plus',
    ]);
    expect(rows[1]).toMatchObject({
      email: 'marcus.lee@globex.com',
      position: 'Director, Product',
      connectedOn: '2025-01-02',
    });
    expect(rows[3]).toMatchObject({ company: '-Minus', position: '@handle' });
  });

  it('reads older exports without URL and with month-first dates', () => {
    expect(parseConnections(LINKEDIN_OLD)).toEqual([
      {
        row: 2,
        name: 'Dana Hill',
        company: 'Initech',
        position: 'VP Engineering',
        connectedOn: '2024-03-15',
      },
    ]);
    expect(connectedDate('15 Mar 2024')).toBe('2024-03-15');
    expect(connectedDate('02/30/2024')).toBeUndefined();
  });

  it('reads UTF-16 with a mark and Latin-1 without one, as spreadsheets save them', () => {
    const text = 'First Name,Last Name,Company\r\nJosé,Müller,Acme\r\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    const latin1 = Uint8Array.from(text, (c) => c.charCodeAt(0));
    for (const bytes of [utf16, latin1, utf8(`\uFEFF${text}`)]) {
      const file = readImportFile(bytes);
      expect(file.kind === 'connections' && file.connections[0]?.name).toBe('José Müller');
    }
  });

  it('reads 50,000 rows, reporting progress', () => {
    const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
    for (let i = 0; i < 50_000; i++)
      lines.push(`Person,${i},https://www.linkedin.com/in/p${i},,Acme,Engineer,01 Jan 2025`);
    const seen: number[] = [];
    const file = readImportFile(utf8(lines.join('\n')), (done) => seen.push(done));
    expect(file.kind === 'connections' && file.connections.length).toBe(50_000);
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.at(-1)).toBe(1);
  });
});

describe('contacts', () => {
  it('reads Apple vCards: emails, phone, LinkedIn and GitHub links, folded lines', () => {
    const [dana, juergen] = parseContacts(APPLE_VCARDS);
    expect(dana).toEqual({
      card: 1,
      name: 'Dana Hill',
      emails: ['dana.hill@initech.io'],
      phone: '+1 (415) 555-0134',
      company: 'Initech',
      title: 'VP Engineering',
      urls: ['https://www.linkedin.com/in/dana-hill-4b2a1', 'https://github.com/danahill'],
    });
    expect(juergen?.name).toBe('Jürgen Müller');
  });

  it('reads Outlook’s quoted-printable with soft line breaks', () => {
    expect(parseContacts(OUTLOOK_VCARD)[0]).toMatchObject({
      name: 'Björn Weiß, Head of Talent',
      emails: ['bjoern.weiss@globex.com'],
      phone: '+49 30 1234567',
    });
  });

  it('reads vCard 4.0', () => {
    const card =
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Noor Haddad\r\nEMAIL;TYPE=work:noor@umbrella.com\r\nURL:https://github.com/noorh\r\nEND:VCARD\r\n';
    expect(parseContacts(card)).toEqual([
      { card: 1, name: 'Noor Haddad', emails: ['noor@umbrella.com'], urls: ['https://github.com/noorh'] },
    ]);
  });
});
