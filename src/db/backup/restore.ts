/**
 * Restoring a checked backup (validate.ts) in one read-write transaction over every table, with the
 * reminders reconciled in it (see write() in ../transaction.ts): all of it lands, or nothing does.
 *
 * Replace: every table is emptied and filled with the file's records, exactly as they are.
 * Merge: the file's records are added to the saved ones as merge.ts plans.
 */
import { database } from '../database';
import { applyCurrentRules } from '../playbook-rules';
import { newId, write } from '../transaction';
import { dumpTables, tableOf } from './dump';
import { type BackupData, BackupError, type BackupFile, TABLES, type TableName } from './format';
import { type MergePlan, planMerge } from './merge';

export type RestoreMode = 'replace' | 'merge';

/** How far a restore is: records written so far of all there are, then the reminders planned. */
export interface RestoreProgress {
  step: 'writing' | 'planning';
  done: number;
  total: number;
}

/** Records per write request: small enough for steady progress, large enough to cost nothing extra. */
export const CHUNK = 5_000;

export interface RestoreResult {
  mode: RestoreMode;
  /** Records written, per table. */
  written: Record<TableName, number>;
}

const countsOf = (data: BackupData) =>
  Object.fromEntries(TABLES.map((t) => [t, data[t].length])) as Record<TableName, number>;

/**
 * Writes every table's records in chunks of CHUNK, all inside the caller's transaction (a chunk is one
 * request, not a commit: a stop between chunks still undoes them all).
 */
async function writeChunks(
  data: BackupData,
  how: 'bulkAdd' | 'bulkPut',
  onProgress: (progress: RestoreProgress) => void,
): Promise<void> {
  const db = database();
  const total = TABLES.reduce((sum, table) => sum + data[table].length, 0);
  let done = 0;
  onProgress({ step: 'writing', done, total });
  for (const table of TABLES) {
    const records = data[table] as never[];
    for (let from = 0; from < records.length; from += CHUNK) {
      const chunk = records.slice(from, from + CHUNK);
      await tableOf(db, table)[how](chunk);
      done += chunk.length;
      onProgress({ step: 'writing', done, total });
    }
  }
}

export async function restoreBackup(
  backup: BackupFile,
  mode: RestoreMode,
  onProgress: (progress: RestoreProgress) => void = () => {},
): Promise<RestoreResult> {
  try {
    return await write(async (affected) => {
      const db = database();
      let data: BackupData;
      if (mode === 'replace') {
        for (const table of TABLES) await tableOf(db, table).clear();
        data = backup.data;
        await writeChunks(data, 'bulkAdd', onProgress);
      } else {
        const plan: MergePlan = planMerge(await dumpTables(db), backup.data, newId, Date.now());
        data = plan.puts;
        await writeChunks(data, 'bulkPut', onProgress);
      }
      // The playbook runs over everything restored: reminders follow the restored loops and people,
      // under the current rules even when the file was written under older ones.
      await applyCurrentRules(affected);
      affected.all = true;
      onProgress({ step: 'planning', done: 0, total: 1 });
      return { mode, written: countsOf(data) };
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new BackupError(`The restore stopped and nothing was changed: ${detail}`);
  }
}

export interface RestorePreview {
  /** What the file holds, per table. */
  inFile: Record<TableName, number>;
  /** What is saved now (all of it goes on Replace). */
  saved: Record<TableName, number>;
  merge: Pick<MergePlan, 'changes' | 'people'>;
}

/** What each choice would do, computed from a consistent read of the saved data; nothing is written. */
export async function previewRestore(backup: BackupFile): Promise<RestorePreview> {
  const db = database();
  const saved = await db.transaction('r', db.tables, () => dumpTables(db));
  const plan = planMerge(saved, backup.data, newId, Date.now());
  return {
    inFile: countsOf(backup.data),
    saved: countsOf(saved),
    merge: { changes: plan.changes, people: plan.people },
  };
}
