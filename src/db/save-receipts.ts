/**
 * Receipts of capture saves, so that a save is done once whatever happens to the messages around it.
 * The capture panel gives each save an id; the save writes its receipt (what it answered, and its
 * record for Undo) in the same transaction as its records. Pressing Save again with that id, or asking
 * whether it landed after the worker was stopped, reads the receipt: there is one only if everything
 * was stored. Kept in meta for a day (a panel is long closed by then); Undo removes it with the save.
 */
import type { Id } from '../domain/types';
import { database } from './database';

const PREFIX = 'captureSave:';
export const RECEIPT_LIFETIME_MS = 24 * 60 * 60 * 1000;

interface Receipt<T> {
  at: number;
  saved: T;
}

/** What the save with this id stored, or undefined when it never landed (or its receipt expired). */
export async function readReceipt<T>(saveId: Id): Promise<T | undefined> {
  const row = await database().meta.get(PREFIX + saveId);
  if (typeof row?.value !== 'string') return undefined;
  return (JSON.parse(row.value) as Receipt<T>).saved;
}

/** Inside the save's transaction: its receipt, and the expired receipts of older saves swept. */
export async function writeReceipt<T>(saveId: Id, saved: T, now = Date.now()): Promise<void> {
  const db = database();
  const old = await db.meta.where('key').startsWith(PREFIX).toArray();
  const expired = old.filter((row) => {
    const at = typeof row.value === 'string' ? (JSON.parse(row.value) as Receipt<T>).at : 0;
    return now - at > RECEIPT_LIFETIME_MS;
  });
  if (expired.length) await db.meta.bulkDelete(expired.map((row) => row.key));
  await db.meta.put({ key: PREFIX + saveId, value: JSON.stringify({ at: now, saved } satisfies Receipt<T>) });
}

/** Undo of the save: its receipt goes with it (a later Save with the same id saves anew). */
export async function dropReceipt(saveId: Id): Promise<void> {
  await database().meta.delete(PREFIX + saveId);
}
