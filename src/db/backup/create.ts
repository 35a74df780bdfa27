import { database } from '../database';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { checksumOf } from './canonical';
import { dumpTables } from './dump';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  type BackupFile,
  type BackupHeader,
  LIMITS,
} from './format';
import { checkTableSizes } from './guard';

const TOO_LARGE = `Your data is too large for one backup file (over ${Math.floor(LIMITS.fileChars / 2 ** 20)} MB of text). Export your people and loops as CSV instead, or delete old loops, then back up again.`;

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
  // The reader's limits, checked before writing: never a file that restore would refuse.
  checkTableSizes(data as unknown as Record<string, unknown>);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: now.toISOString(),
  };
  return { ...header, checksum: await checksumOf({ ...header, data }), data };
}

/**
 * The file's text: the header first, so a person opening it sees what it is. Refused in words when it
 * would not fit in one string (the reader's limit), rather than written cut short.
 */
export function serializeBackup(backup: BackupFile): string {
  let text: string;
  try {
    text = `${JSON.stringify(backup, null, 1)}\n`;
  } catch (error) {
    if (error instanceof RangeError) throw new BackupError(TOO_LARGE);
    throw error;
  }
  if (text.length > LIMITS.fileChars) throw new BackupError(TOO_LARGE);
  return text;
}
