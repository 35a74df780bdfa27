import { database } from '../database';
import { dumpTables } from './dump';
import type { BackupData } from './format';

/** Every table as one consistent read (for the exports): nothing is written. */
export async function readSnapshot(): Promise<BackupData> {
  const db = database();
  return db.transaction('r', db.tables, () => dumpTables(db));
}
