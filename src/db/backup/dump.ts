import type { Table } from 'dexie';
import type { LoopkeeperDatabase } from '../database';
import { type BackupData, TABLES, type TableName } from './format';

/** The primary key of each table's records (what the records are sorted by). */
export const PRIMARY_KEY: Record<TableName, string> = {
  companies: 'id',
  loops: 'id',
  people: 'id',
  participations: 'id',
  touches: 'id',
  reminders: 'id',
  templates: 'kind',
  settings: 'id',
  meta: 'key',
};

export function tableOf(db: LoopkeeperDatabase, name: TableName): Table<Record<string, unknown>, string> {
  return db.table(name);
}

/**
 * Every record of every table, each table in primary-key order. Call it inside a transaction over all
 * tables to get one consistent snapshot (createBackup does).
 */
export async function dumpTables(db: LoopkeeperDatabase): Promise<BackupData> {
  const entries = await Promise.all(
    TABLES.map(
      async (name) => [name, await tableOf(db, name).toCollection().sortBy(PRIMARY_KEY[name])] as const,
    ),
  );
  return Object.fromEntries(entries) as unknown as BackupData;
}
