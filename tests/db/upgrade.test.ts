/**
 * The schema upgrade harness: a database written with the schema of version 1 and realistic data
 * (tests/db/fixtures/v1-database.json, records as version 1 stored them) is opened by the current
 * LoopkeeperDatabase, which upgrades it; every record must survive, with exactly the rewrites the
 * upgrade promises. A new version adds its own fixture and test here (docs/schema-upgrades.md).
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { checksumOf } from '../../src/db/backup/canonical';
import { createBackup, serializeBackup } from '../../src/db/backup/create';
import { dumpTables } from '../../src/db/backup/dump';
import { type BackupData, TABLES } from '../../src/db/backup/format';
import { restoreBackup } from '../../src/db/backup/restore';
import { readBackup } from '../../src/db/backup/validate';
import { database, LoopkeeperDatabase, useDatabase } from '../../src/db/database';
import { countDue, listPendingPage } from '../../src/db/due';
import { findPeopleByProfileUrl, searchPeopleByName } from '../../src/db/people';
import { updateToCurrentRules } from '../../src/db/playbook-rules';
import { useReadDatabase } from '../../src/db/quick-read';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '../../src/db/schema';
import { getSettings, updateSettings } from '../../src/db/settings';
import { listTouchesOfLoop, logTouch } from '../../src/db/touches';
import { canonicalProfileKeys } from '../../src/db/upgrades';
import { searchKeys } from '../../src/domain/names';
import { freshDatabase } from '../helpers/db';
import v1 from './fixtures/v1-database.json';
import v2 from './fixtures/v2-database.json';
import v3 from './fixtures/v3-database.json';

const V1 = v1 as unknown as BackupData;
const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** Writes the fixture with a plain Dexie that knows only schema version 1, as the old extension did. */
async function writeVersion1Database(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const table of TABLES) await old.table(table).bulkAdd(structuredClone(V1[table]));
  });
  expect(old.verno).toBe(1);
  old.close();
}

async function openCurrent(name: string): Promise<LoopkeeperDatabase> {
  const db = new LoopkeeperDatabase(name);
  opened.push(db);
  await db.open();
  return db;
}

/** The records without `updatedAt`, which records the moment of each write (two replays differ). */
function withoutWriteTimes(data: BackupData): unknown {
  return Object.fromEntries(
    Object.entries(data).map(([table, rows]) => [
      table,
      (rows as object[]).map((row) => {
        const { updatedAt: _updatedAt, ...rest } = row as { updatedAt?: number };
        return rest;
      }),
    ]),
  );
}

describe('schema upgrade from version 1', () => {
  it('keeps every record of every table, recomputing only the profile keys', async () => {
    const name = `upgrade-v1-${Date.now()}`;
    await writeVersion1Database(name);
    const db = await openCurrent(name);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);

    const after = await dumpTables(db);
    for (const table of TABLES) {
      expect(after[table].length, table).toBe(V1[table].length);
      if (table !== 'people' && table !== 'settings') expect(after[table], table).toEqual(V1[table]);
    }
    const dana = after.people.find((p) => p.name === 'Dana Hill');
    const danaV1 = V1.people.find((p) => p.name === 'Dana Hill');
    expect(danaV1?.profileKeys).toContain('www.linkedin.com/in/dana-hill/');
    expect(dana?.profileKeys).not.toEqual(danaV1?.profileKeys);
    for (const person of after.people) {
      const before = V1.people.find((p) => p.id === person.id);
      expect({ ...person, profileKeys: [], nameWords: [] }).toEqual({
        ...before,
        profileKeys: [],
        nameWords: [],
      });
      expect(person.profileKeys).toEqual(canonicalProfileKeys(person.profiles));
      expect(person.nameWords).toEqual(searchKeys(person.name));
    }
    expect(after.settings).toEqual(V1.settings.map((row) => ({ ...row, myEmails: [] })));
  });

  it('serves the new index and the lookups that depend on the rewrite', async () => {
    const name = `upgrade-v1-index-${Date.now()}`;
    await writeVersion1Database(name);
    const db = await openCurrent(name);
    const indexes = db.touches.schema.indexes.map((index) => index.name);
    expect(indexes).toContain('[loopId+on]');

    useDatabase(db);
    const dana = V1.people.find((p) => p.name === 'Dana Hill');
    const loopId = V1.touches.find((t) => t.loopId)?.loopId as string;
    await logTouch({ personId: dana?.id, on: '2026-01-02', channel: 'call', loopId });
    const touches = await listTouchesOfLoop(loopId);
    expect(touches.map((t) => t.on)).toEqual(['2026-01-02', '2026-01-21', '2026-02-11']);
    // Another spelling of her LinkedIn address finds her after the upgrade.
    const found = await findPeopleByProfileUrl('https://www.linkedin.com/in/dana-hill');
    expect(found.map((p) => p.id)).toEqual([dana?.id]);
  });

  it('a backup written at schema version 1 is upgraded the same way on restore', async () => {
    const restoredDb = await freshDatabase();
    const content = {
      format: 'loopkeeper-backup',
      version: 1,
      schemaVersion: 1,
      createdAt: '2026-02-13T10:00:00.000Z',
      data: V1,
    };
    const text = JSON.stringify({ ...content, checksum: await checksumOf(content) });
    const checked = await readBackup(text);
    expect(checked.writtenWith).toEqual({ version: 1, schemaVersion: 1 });
    expect(checked.backup.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    await restoreBackup(checked.backup, 'replace');

    const name = `upgrade-v1-compare-${Date.now()}`;
    await writeVersion1Database(name);
    const restored = await dumpTables(database());
    const current = await openCurrent(name);
    useDatabase(current);
    expect(await updateToCurrentRules()).toBe(true);
    const upgraded = await dumpTables(current);
    expect(withoutWriteTimes(restored)).toEqual(withoutWriteTimes(upgraded));
    useDatabase(restoredDb);
    // And a backup of the result is a current one.
    const again = await readBackup(serializeBackup(await createBackup()));
    expect(again.writtenWith.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('brings a database planned under the first playbook to the current rules, once', async () => {
    const name = `upgrade-v1-rules-${Date.now()}`;
    await writeVersion1Database(name);
    const db = await openCurrent(name);
    useDatabase(db);
    expect((await db.settings.get('settings'))?.intervals.thankYouDays).toBe(1);
    expect(await updateToCurrentRules()).toBe(true);
    expect((await db.settings.get('settings'))?.intervals.thankYouDays).toBe(0);
    const thanks = (await db.reminders.toArray()).filter((r) => r.kind === 'thank-you');
    const rejected = V1.loops.find((loop) => loop.status === 'rejected')?.id;
    for (const reminder of thanks) {
      // The rejected loop's (all met before its rejection) are obsolete; the others due the meeting day.
      if (reminder.loopId === rejected) expect(reminder.status).toBe('obsolete');
      else expect([reminder.status, reminder.due]).toEqual(['open', reminder.anchor]);
    }
    expect(thanks).toHaveLength(V1.reminders.filter((r) => r.kind === 'thank-you').length);
    // The other reminders are as they were.
    const others = (await db.reminders.toArray()).filter((r) => r.kind !== 'thank-you');
    expect(others.map((r) => [r.key, r.due, r.status]).sort()).toEqual(
      V1.reminders
        .filter((r) => r.kind !== 'thank-you')
        .map((r) => [r.key, r.due, r.status])
        .sort(),
    );
    expect(await updateToCurrentRules()).toBe(false);
  });

  it('keeps a thank-you interval the user chose', async () => {
    const name = `upgrade-v1-chosen-${Date.now()}`;
    await writeVersion1Database(name);
    const db = await openCurrent(name);
    useDatabase(db);
    await db.settings.update('settings', { 'intervals.thankYouDays': 3 });
    await updateToCurrentRules();
    expect((await db.settings.get('settings'))?.intervals.thankYouDays).toBe(3);
  });
});

const V2 = v2 as unknown as BackupData;

/** Writes the version 2 fixture with a plain Dexie that knows only schema versions 1 and 2. */
async function writeVersion2Database(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  old.version(2).stores(SCHEMA_V2);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const table of TABLES) await old.table(table).bulkAdd(structuredClone(V2[table]));
  });
  expect(old.verno).toBe(2);
  old.close();
}

describe('schema upgrade from version 2', () => {
  it('keeps every record, adding only the people’s search words and the user’s (empty) email list', async () => {
    const name = `upgrade-v2-${Date.now()}`;
    await writeVersion2Database(name);
    const db = await openCurrent(name);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.people.schema.indexes.map((index) => index.name)).toContain('nameWords');

    const after = await dumpTables(db);
    for (const table of TABLES) {
      expect(after[table].length, table).toBe(V2[table].length);
      if (table !== 'people' && table !== 'settings') expect(after[table], table).toEqual(V2[table]);
    }
    for (const person of after.people) {
      const before = V2.people.find((p) => p.id === person.id) as unknown as Record<string, unknown>;
      expect(before.nameWords).toBeUndefined();
      expect(person).toEqual({ ...before, nameWords: searchKeys(person.name) });
    }
    expect(after.settings).toEqual(V2.settings.map((row) => ({ ...row, myEmails: [] })));
  });

  it('finds people by any word of the name afterwards, and saves the user’s emails into the old settings', async () => {
    const name = `upgrade-v2-search-${Date.now()}`;
    await writeVersion2Database(name);
    useDatabase(await openCurrent(name));
    const ana = V2.people.find((p) => p.name.startsWith('Ana'));
    for (const query of ['nunez', 'maría', 'maria', 'ana nu']) {
      expect(
        (await searchPeopleByName(query)).map((p) => p.id),
        query,
      ).toEqual([ana?.id]);
    }
    expect((await getSettings()).myName).toBe(V2.settings[0]?.myName);
    await updateSettings({ myEmails: ['jordan@example.com', 'Jordan@Example.com', 'j@work.example'] });
    expect((await getSettings()).myEmails).toEqual(['jordan@example.com', 'j@work.example']);
  });

  it('a backup written at schema version 2 (without search words or emails) restores as the upgraded database', async () => {
    const restoredDb = await freshDatabase();
    const content = {
      format: 'loopkeeper-backup',
      version: 1,
      schemaVersion: 2,
      createdAt: '2026-11-30T10:00:00.000Z',
      data: V2,
    };
    const text = JSON.stringify({ ...content, checksum: await checksumOf(content) });
    const checked = await readBackup(text);
    expect(checked.writtenWith).toEqual({ version: 1, schemaVersion: 2 });
    await restoreBackup(checked.backup, 'replace');

    const name = `upgrade-v2-compare-${Date.now()}`;
    await writeVersion2Database(name);
    const restored = await dumpTables(database());
    // The file was written under the first playbook rules: restoring replans it, as the worker's
    // start does for the upgraded database.
    const current = await openCurrent(name);
    useDatabase(current);
    await updateToCurrentRules();
    const upgraded = await dumpTables(current);
    useDatabase(restoredDb);
    expect(withoutWriteTimes(restored)).toEqual(withoutWriteTimes(upgraded));
    // A current backup carries both, and restores.
    await updateSettings({ myEmails: ['jordan@example.com'] });
    const again = await readBackup(serializeBackup(await createBackup()));
    expect(again.backup.data.settings[0]?.myEmails).toEqual(['jordan@example.com']);
    expect(again.backup.data.people.every((p) => p.nameWords.length > 0)).toBe(true);
  });
});

const V3 = v3 as unknown as BackupData;

/** Writes the version 3 fixture with a plain Dexie that knows only schema versions 1 to 3. */
async function writeVersion3Database(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  old.version(2).stores(SCHEMA_V2);
  old.version(3).stores(SCHEMA_V3);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const table of TABLES) await old.table(table).bulkAdd(structuredClone(V3[table]));
  });
  expect(old.verno).toBe(3);
  old.close();
}

describe('schema upgrade from version 3', () => {
  it('keeps every record as it was and adds the reminders’ [status+expiresOn] index', async () => {
    const name = `upgrade-v3-${Date.now()}`;
    await writeVersion3Database(name);
    const db = await openCurrent(name);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.reminders.schema.indexes.map((index) => index.name)).toContain('[status+expiresOn]');
    expect(await dumpTables(db)).toEqual(V3);
    // The index answers its query: the open thank-yous whose window has closed by a day.
    const lapsed = await db.reminders
      .where('[status+expiresOn]')
      .between(['open', ''], ['open', '2026-02-11'], true, true)
      .toArray();
    expect(lapsed.map((r) => r.expiresOn).sort()).toEqual(
      V3.reminders
        .filter((r) => r.status === 'open' && r.expiresOn && r.expiresOn <= '2026-02-11')
        .map((r) => r.expiresOn)
        .sort(),
    );
    expect(lapsed.length).toBeGreaterThan(0);
  });

  it('counts what is due in the upgraded database as the list shows it', async () => {
    const name = `upgrade-v3-count-${Date.now()}`;
    await writeVersion3Database(name);
    (await openCurrent(name)).close();
    useReadDatabase(name);
    for (const day of ['2026-01-15', '2026-01-29', '2026-02-11', '2026-03-01']) {
      const shown = await listPendingPage({ from: '', to: day, today: day, limit: 1000 });
      expect(await countDue(day), day).toBe(shown.reminders.length);
    }
  });

  it('a backup written at schema version 3 restores unchanged', async () => {
    await freshDatabase();
    const content = {
      format: 'loopkeeper-backup',
      version: 1,
      schemaVersion: 3,
      createdAt: '2026-12-02T10:00:00.000Z',
      data: V3,
    };
    const checked = await readBackup(JSON.stringify({ ...content, checksum: await checksumOf(content) }));
    expect(checked.writtenWith).toEqual({ version: 1, schemaVersion: 3 });
    expect(checked.backup.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    await restoreBackup(checked.backup, 'replace');
    const restored = await dumpTables(database());
    for (const table of TABLES) expect(restored[table].length, table).toBe(V3[table].length);
    expect(restored.people).toEqual(V3.people);
  });
});
