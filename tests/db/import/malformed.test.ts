/**
 * A table of files that cannot be imported. Each is refused with a message naming its problem, and
 * the database is exactly as it was (a full dump before and after) — whatever the file's name says.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { problemText } from '../../../src/dashboard/views/data/import-problem';
import { dumpTables } from '../../../src/db/backup/dump';
import { database } from '../../../src/db/database';
import { importInvite } from '../../../src/db/import/invite';
import { importEntries } from '../../../src/db/import/people';
import { entriesOfConnections, entriesOfContacts } from '../../../src/domain/import/plan-people';
import { ImportProblem } from '../../../src/domain/import/problem';
import { readImportFile } from '../../../src/domain/import/read';
import { freshDatabase } from '../../helpers/db';
import { seedForImport } from './seed';

const utf8 = (text: string) => new TextEncoder().encode(text);
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[i * 2] = text.charCodeAt(i) & 0xff;
    bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

function withBytes(head: number[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(head);
  for (let i = head.length; i < size; i++) bytes[i] = (i * 7919) % 256;
  return bytes;
}

interface Case {
  name: string;
  file: () => Uint8Array;
  problem: RegExp;
}

const CASES: Case[] = [
  { name: 'an empty file', file: () => new Uint8Array(), problem: /The file is empty/ },
  { name: 'only blank lines', file: () => utf8('\r\n \r\n'), problem: /The file is empty/ },
  {
    name: 'a PNG renamed .csv',
    file: () => withBytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 4096),
    problem: /It is not a text file/,
  },
  {
    name: 'an .xlsx renamed .csv',
    file: () => withBytes([0x50, 0x4b, 0x03, 0x04], 4096),
    problem: /It is not a text file/,
  },
  {
    name: 'another program’s CSV (Google Contacts)',
    file: () => utf8('Name,Given Name,Family Name,E-mail 1 - Value\nDana Hill,Dana,Hill,dana@initech.io\n'),
    problem: /not LinkedIn's Connections\.csv.*Name, Given Name, Family Name, E-mail 1 - Value/,
  },
  {
    name: 'another program’s CSV in UTF-16 without a mark',
    file: () => utf16le('Date;Amount;Payee\r\n2026-01-02;12,50;Café\r\n'),
    problem: /not LinkedIn's Connections\.csv.*Date, Amount, Payee/,
  },
  {
    name: 'a connection with 10 MB in a field',
    file: () => utf8(`${HEADER}\nDana,Hill,,,${'x'.repeat(10 * 1024 * 1024)},VP,15 Mar 2024\n`),
    problem: /field is far too long \(row 2, company: 10,485,760 characters, at most 2,000\)/,
  },
  {
    name: 'a CSV with a quote never closed',
    file: () => utf8(`${HEADER}\nDana,Hill,,,"Initech,VP,15 Mar 2024\nLee,Park,,,Acme,HR,01 Jan 2025\n`),
    problem: /CSV is damaged \(row 2: /,
  },
  {
    name: 'more rows than any export has',
    file: () => utf8(`${HEADER}\n${'A,B,,,,,\n'.repeat(100_001)}`),
    problem: /more than 100,000 entries/,
  },
  {
    name: 'a file larger than 20 MB',
    file: () => utf8(`${HEADER}\n${'A,B,,,,,\n'.repeat(2_400_000)}`),
    problem: /larger than 20 MB/,
  },
  {
    name: 'a calendar with no events',
    file: () =>
      utf8('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//macOS 15.3//EN\r\nEND:VCALENDAR\r\n'),
    problem: /The calendar holds no event/,
  },
  {
    name: 'a calendar cut short',
    file: () => utf8('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY Interview\r\n'),
    problem: /The calendar cannot be read/,
  },
  {
    name: 'contacts without a name or an email',
    file: () => utf8('BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:+1 555 0100\r\nEND:VCARD\r\n'),
    problem: /no contact with a name or an email/,
  },
  {
    name: 'prose',
    file: () => utf8('Dear Jordan\n\nThank you for your time today.\n\nBest wishes\nDana'),
    problem: /It is neither a calendar invite/,
  },
];

/** The whole way a file goes: read, then every entry imported (every new person ticked). */
async function importEverything(bytes: Uint8Array): Promise<void> {
  const file = readImportFile(bytes);
  if (file.kind === 'invite') {
    for (const event of file.events)
      await importInvite(event.guests, event.dates[0] as string, { company: 'X', role: 'Y' });
    return;
  }
  const entries =
    file.kind === 'connections' ? entriesOfConnections(file.connections) : entriesOfContacts(file.contacts);
  await importEntries(entries, new Set(entries.map((e) => e.key)));
}

describe('malformed files', () => {
  beforeAll(async () => {
    await freshDatabase();
    await seedForImport();
  });

  it.each(CASES)('refuses $name, naming the problem, with nothing written', async ({ file, problem }) => {
    const before = await dumpTables(database());
    const refusal = await importEverything(file()).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(ImportProblem);
    expect(problemText(refusal)).toMatch(problem);
    expect(await dumpTables(database())).toEqual(before);
  });
});

describe('problem messages', () => {
  it('words every problem a file can have, in every catalogue', async () => {
    const { IMPORT_PROBLEMS } = await import('../../../src/domain/import/problem');
    const { problemKey } = await import('../../../src/dashboard/views/data/import-problem');
    const en = (await import('../../../public/_locales/en/messages.json')).default as Record<string, unknown>;
    expect(IMPORT_PROBLEMS.filter((code) => !(problemKey(code) in en))).toEqual([]);
  });
});
