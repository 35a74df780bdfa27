import { beforeEach, describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../../src/db/backup/create';
import { dumpTables } from '../../src/db/backup/dump';
import { BACKUP_FORMAT, BACKUP_VERSION, backupFileName, TABLES } from '../../src/db/backup/format';
import { restoreBackup } from '../../src/db/backup/restore';
import { readBackup } from '../../src/db/backup/validate';
import { database } from '../../src/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../src/db/schema';
import { freshDatabase } from '../helpers/db';
import { buildRealisticDatabase } from './fixtures/realistic';

beforeEach(async () => {
  await freshDatabase();
});

describe('backup', () => {
  it('holds every table, the header and a checksum that verifies', async () => {
    await buildRealisticDatabase();
    const backup = await createBackup(new Date('2026-02-13T10:00:00.000Z'));
    expect(backup).toMatchObject({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: '2026-02-13T10:00:00.000Z',
    });
    expect(backup.checksum).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect(Object.keys(backup.data)).toEqual([...TABLES]);
    for (const table of TABLES) expect(backup.data[table].length, table).toBeGreaterThan(0);
    // The backup records itself: the restored database says when its backup was taken.
    expect(backup.data.meta).toContainEqual({
      key: 'lastBackupAt',
      value: Date.parse('2026-02-13T10:00:00.000Z'),
    });
    const checked = await readBackup(serializeBackup(backup), new Date('2026-02-13T10:00:01Z'));
    expect(checked.backup).toEqual(backup);
    expect(backupFileName('2026-02-13')).toBe('loopkeeper-backup-2026-02-13.json');
  });

  it('backup → Replace into an empty database gives an identical database, table by table', async () => {
    await buildRealisticDatabase();
    const backup = await createBackup();
    const before = await dumpTables(database());
    const text = serializeBackup(backup);

    await freshDatabase();
    const { backup: checked } = await readBackup(text);
    const result = await restoreBackup(checked, 'replace');
    const after = await dumpTables(database());
    for (const table of TABLES) {
      expect(after[table], table).toEqual(before[table]);
      expect(result.written[table], table).toBe(before[table].length);
    }
  });

  it('Replace over a database with other data leaves only the file’s records', async () => {
    await buildRealisticDatabase();
    const text = serializeBackup(await createBackup());
    const before = await dumpTables(database());
    await freshDatabase();
    await buildRealisticDatabase(); // different ids, same shape
    await restoreBackup((await readBackup(text)).backup, 'replace');
    expect(await dumpTables(database())).toEqual(before);
  });
});
