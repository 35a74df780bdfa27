import { database } from '../database';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { checksumOf } from './canonical';
import { dumpTables } from './dump';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile, type BackupHeader } from './format';

/**
 * Takes a backup of everything. In the same transaction it records the backup time in meta
 * (`lastBackupAt`), before reading, so the file holds that fact too: restoring it later gives back
 * exactly the database as it was right after this backup.
 */
export async function createBackup(now: Date = new Date()): Promise<BackupFile> {
  const db = database();
  const data = await db.transaction('rw', db.tables, async () => {
    await db.meta.put({ key: 'lastBackupAt', value: now.getTime() });
    return dumpTables(db);
  });
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: now.toISOString(),
  };
  return { ...header, checksum: await checksumOf({ ...header, data }), data };
}

/** The file's text: the header first, so a person opening it sees what it is. */
export function serializeBackup(backup: BackupFile): string {
  return `${JSON.stringify(backup, null, 1)}\n`;
}
