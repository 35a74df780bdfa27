/**
 * A table of malformed backups. Each one is refused with a message naming its problem, and the
 * database is exactly as it was afterwards (a full dump before and after), whichever mode was asked.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { checksumOf } from '../../src/db/backup/canonical';
import { createBackup, serializeBackup } from '../../src/db/backup/create';
import { dumpTables } from '../../src/db/backup/dump';
import { BackupError, type BackupFile } from '../../src/db/backup/format';
import { restoreBackup } from '../../src/db/backup/restore';
import { readBackup } from '../../src/db/backup/validate';
import { database } from '../../src/db/database';
import { freshDatabase } from '../helpers/db';
import { buildRealisticDatabase } from './fixtures/realistic';

// biome-ignore lint/suspicious/noExplicitAny: the cases edit test data freely
type Json = Record<string, any>;

let valid: BackupFile;

beforeAll(async () => {
  await freshDatabase();
  await buildRealisticDatabase();
  valid = await createBackup(new Date('2026-02-13T10:00:00.000Z'));
  // The database under test holds different data from the file, so a partial write would show.
  await freshDatabase();
  await buildRealisticDatabase();
});

/** A copy of the valid backup, edited, with its checksum recomputed so deeper checks are reached. */
async function edited(edit: (file: Json) => void, { resign = true } = {}): Promise<string> {
  const file: Json = structuredClone(valid);
  edit(file);
  if (resign) {
    const { checksum: _c, ...content } = file;
    file.checksum = await checksumOf(content);
  }
  return JSON.stringify(file);
}

const person = (file: Json, i = 0) => file.data.people[i];

interface Case {
  name: string;
  file: () => Promise<string> | string;
  problem: RegExp;
}

const CASES: Case[] = [
  { name: 'an empty file', file: () => '', problem: /empty/ },
  {
    name: 'a truncated file',
    file: () => serializeBackup(valid).slice(0, 2000),
    problem: /not complete JSON/,
  },
  { name: 'not JSON at all', file: () => 'Name,Company\nDana,Acme', problem: /not complete JSON/ },
  { name: 'a JSON list', file: () => '[1,2,3]', problem: /not a JSON object/ },
  { name: 'a JSON string', file: () => '"loopkeeper-backup"', problem: /not a JSON object/ },
  {
    name: 'another format',
    file: () =>
      edited((f) => {
        f.format = 'dexie-export';
      }),
    problem: /not a Loopkeeper backup/,
  },
  {
    name: 'no format',
    file: () =>
      edited((f) => {
        delete f.format;
      }),
    problem: /not a Loopkeeper backup/,
  },
  {
    name: 'a version written as text',
    file: () =>
      edited((f) => {
        f.version = '1';
      }),
    problem: /backup version .*not a whole number/,
  },
  {
    name: 'a fractional version',
    file: () =>
      edited((f) => {
        f.version = 1.5;
      }),
    problem: /backup version/,
  },
  {
    name: 'a future backup version',
    file: () =>
      edited((f) => {
        f.version = 99;
      }),
    problem: /newer Loopkeeper \(backup version 99/,
  },
  {
    name: 'a future schema version',
    file: () =>
      edited((f) => {
        f.schemaVersion = 7;
      }),
    problem: /newer Loopkeeper \(schema version 7/,
  },
  {
    name: 'schema version 0',
    file: () =>
      edited((f) => {
        f.schemaVersion = 0;
      }),
    problem: /schema version is missing or not a whole number/,
  },
  {
    name: 'an invalid creation time',
    file: () =>
      edited((f) => {
        f.createdAt = '2026-02-31 10:00';
      }),
    problem: /creation time is missing or not a valid time/,
  },
  {
    name: 'a creation time in the future',
    file: () =>
      edited((f) => {
        f.createdAt = '2999-01-01T00:00:00.000Z';
      }),
    problem: /creation time .* is in the future/,
  },
  {
    name: 'no checksum',
    file: () =>
      edited(
        (f) => {
          delete f.checksum;
        },
        { resign: false },
      ),
    problem: /no valid checksum/,
  },
  {
    name: 'a wrong checksum',
    file: () =>
      edited(
        (f) => {
          f.checksum = `sha256-${'0'.repeat(64)}`;
        },
        { resign: false },
      ),
    problem: /checksum does not match/,
  },
  {
    name: 'data edited after the checksum',
    file: () =>
      edited(
        (f) => {
          person(f).name = 'Mallory';
        },
        { resign: false },
      ),
    problem: /checksum does not match/,
  },
  {
    name: 'a __proto__ key',
    file: async () => (await edited(() => {})).replace('"notes":', '"__proto__":{"polluted":true},"notes":'),
    problem: /key "__proto__" at data\.companies\[0\]/,
  },
  {
    name: 'a constructor key',
    file: () =>
      edited((f) => {
        person(f).constructor = { prototype: {} };
      }),
    problem: /key "constructor"/,
  },
  {
    name: 'a string of megabytes',
    file: () =>
      edited((f) => {
        person(f).notes = 'x'.repeat(2_000_000);
      }),
    problem: /data\.people\[0\]\.notes is 2,000,000 characters long/,
  },
  {
    name: 'a million records',
    file: async () =>
      (await edited(() => {}))
        .replace('"touches": [', `"touches": [${'{},'.repeat(1_000_000)}`)
        .replace('"touches":[', `"touches":[${'{},'.repeat(1_000_000)}`),
    problem: /1,00\d,\d{3} touches records, more than the 200,000/,
  },
  {
    // 65 MB is read now (a backup of long notes can be that large): refused for what it holds.
    name: 'a 65 MB file with a field no backup has',
    file: () => `{"format":"loopkeeper-backup","pad":"${'x'.repeat(65 * 1024 * 1024)}"}`,
    problem: /unexpected field "pad"/,
  },
  {
    name: 'nesting far too deep',
    file: () =>
      edited((f) => {
        f.data.meta[0].value = JSON.parse(`${'['.repeat(40)}1${']'.repeat(40)}`);
      }),
    problem: /nested too deeply/,
  },
  {
    name: 'an unexpected top-level field',
    file: () =>
      edited((f) => {
        f.script = 'x';
      }),
    problem: /unexpected field "script"/,
  },
  {
    name: 'an unknown table',
    file: () =>
      edited((f) => {
        f.data.secrets = [];
      }),
    problem: /table "secrets" that Loopkeeper does not know/,
  },
  {
    name: 'a missing table',
    file: () =>
      edited((f) => {
        delete f.data.people;
      }),
    problem: /"people" table is missing/,
  },
  {
    name: 'a table that is not a list',
    file: () =>
      edited((f) => {
        f.data.loops = { a: 1 };
      }),
    problem: /"loops" table is missing or not a list/,
  },
  {
    name: 'a name of the wrong type',
    file: () =>
      edited((f) => {
        person(f).name = 42;
      }),
    problem: /people record 1 .*name has the wrong type/,
  },
  {
    name: 'a field the database never writes',
    file: () =>
      edited((f) => {
        person(f).password = 'x';
      }),
    problem: /field "password" that Loopkeeper never writes/,
  },
  {
    name: 'a record that is not an object',
    file: () =>
      edited((f) => {
        f.data.touches[0] = 'touch';
      }),
    problem: /touches record 1 has the wrong type/,
  },
  {
    name: 'an impossible meeting date',
    file: () =>
      edited((f) => {
        f.data.participations[0].met = ['2026-02-30'];
      }),
    problem: /participations record 1 .*met\.0 is not a calendar date/,
  },
  {
    name: 'an unknown loop status',
    file: () =>
      edited((f) => {
        f.data.loops[0].status = 'ghosted';
      }),
    problem: /loops record 1 .*status is not a loop status/,
  },
  {
    name: 'an unknown reminder status',
    file: () =>
      edited((f) => {
        f.data.reminders[0].status = 'maybe';
      }),
    problem: /reminders record 1 .*status is not a reminder status/,
  },
  {
    name: 'an unknown role',
    file: () =>
      edited((f) => {
        f.data.participations[0].role = 'ceo';
      }),
    problem: /role is not a role/,
  },
  {
    name: 'an invalid email',
    file: () =>
      edited((f) => {
        person(f).emails = ['not-an-email'];
      }),
    problem: /emails\.0 is not an email address/,
  },
  {
    name: 'a negative time',
    file: () =>
      edited((f) => {
        f.data.companies[0].createdAt = -5;
      }),
    problem: /createdAt is negative/,
  },
  {
    name: 'a wrong settings row',
    file: () =>
      edited((f) => {
        f.data.settings[0].id = 'prefs';
      }),
    problem: /settings record 1 .*id is not "settings"/,
  },
  {
    name: 'an unknown template kind',
    file: () =>
      edited((f) => {
        f.data.templates[0].kind = 'bribe';
      }),
    problem: /templates record 1 kind is not a kind of reminder/,
  },
  {
    name: 'duplicate ids',
    file: () =>
      edited((f) => {
        f.data.people[1].id = f.data.people[0].id;
      }),
    problem: /people records 1 and 2 have the same id/,
  },
  {
    name: 'duplicate company names',
    file: () =>
      edited((f) => {
        f.data.companies[1].nameKey = f.data.companies[0].nameKey;
      }),
    problem: /same company name/,
  },
  {
    name: 'duplicate reminder keys',
    file: () =>
      edited((f) => {
        f.data.reminders[1].key = f.data.reminders[0].key;
      }),
    problem: /same key/,
  },
  {
    name: 'a participation of a missing loop',
    file: () =>
      edited((f) => {
        f.data.participations[0].loopId = 'gone';
      }),
    problem: /points to loop "gone" in loopId, which is not in the file/,
  },
  {
    name: 'a touch of a missing person',
    file: () =>
      edited((f) => {
        f.data.touches[0].personId = 'nobody';
      }),
    problem: /touches record 1 .*points to person "nobody"/,
  },
  {
    name: 'a loop of a missing company',
    file: () =>
      edited((f) => {
        f.data.loops[0].companyId = 'gone';
      }),
    problem: /points to company "gone"/,
  },
  {
    name: 'a reminder of a missing person',
    file: () =>
      edited((f) => {
        const r = f.data.reminders.find((x: Json) => x.personId);
        r.personId = 'ghost';
      }),
    problem: /points to person "ghost"/,
  },
  {
    name: 'a status that is not the last of the history',
    file: () =>
      edited((f) => {
        f.data.loops[0].status = 'applied';
        f.data.loops[0].history.push({ status: 'offer', on: '2026-03-01' });
      }),
    problem: /not the last of its history/,
  },
  {
    name: 'a history out of date order',
    file: () =>
      edited((f) => {
        const l = f.data.loops[0];
        l.history = [
          { status: 'applied', on: '2026-03-01' },
          { status: l.status, on: '2026-01-01' },
        ];
      }),
    problem: /out of date order/,
  },
  {
    name: 'a reminder key that does not match',
    file: () =>
      edited((f) => {
        f.data.reminders[0].key = 'thank-you|x|y|z';
      }),
    problem: /key that does not match/,
  },
];

describe('malformed backups are refused and change nothing', () => {
  it('has at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('$name', async ({ file, problem }) => {
    const text = await file();
    for (const mode of ['replace', 'merge'] as const) {
      const before = await dumpTables(database());
      const attempt = async () =>
        restoreBackup((await readBackup(text, new Date('2026-02-14T00:00:00Z'))).backup, mode);
      const error = await attempt().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, mode).toBeInstanceOf(BackupError);
      expect((error as Error).message, mode).toMatch(problem);
      expect(await dumpTables(database()), mode).toEqual(before);
    }
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('the valid file itself passes (so the cases above fail for their own reason)', async () => {
    await expect(readBackup(serializeBackup(valid), new Date('2026-02-14T00:00:00Z'))).resolves.toBeTruthy();
  });

  it('a failure in the middle of a Replace rolls everything back', async () => {
    const before = await dumpTables(database());
    const { backup } = await readBackup(serializeBackup(valid), new Date('2026-02-14T00:00:00Z'));
    // The reminders are written after every other table: failing there proves the earlier ones roll back.
    const proto = Object.getPrototypeOf(database().reminders) as { bulkAdd: (...args: unknown[]) => unknown };
    const original = proto.bulkAdd;
    const spy = vi.spyOn(proto, 'bulkAdd').mockImplementation(function (this: { name: string }, ...args) {
      if (this.name === 'reminders') return Promise.reject(new Error('disk full'));
      return original.apply(this, args);
    });
    await expect(restoreBackup(backup, 'replace')).rejects.toThrow(/nothing was changed: disk full/);
    spy.mockRestore();
    expect(await dumpTables(database())).toEqual(before);
  });
});
