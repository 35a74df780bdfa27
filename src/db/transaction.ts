import { isStorageFull } from '../domain/storage-full';
import { database } from './database';
import { StorageFullError } from './errors';
import { reconcileAfter } from './reconcile';

/** What a write touched, so the reminders of exactly those loops and people are reconciled. */
export interface Affected {
  loopIds: Set<string>;
  personIds: Set<string>;
  /** Settings changed: every loop is planned again. */
  all: boolean;
}

/**
 * Runs a write and the reconciliation of the reminders it affects in one read-write transaction over
 * every table, so a change and its reminders land together or not at all. Every user action that writes
 * more than one record goes through one call of this (nested calls join the outer transaction): a
 * failure at any step — a refused record, a full disk, the service worker stopped by the browser —
 * rolls the whole action back (tests/db/atomic-actions.test.ts injects one at every step).
 *
 * Inside `work`, read what you change (no read-modify-write across an await outside the transaction:
 * another window may have written in between), and await only database calls: awaiting anything else
 * (a message, a timer, storage.session) would let IndexedDB commit the transaction half-way.
 */
export async function write<T>(work: (affected: Affected) => Promise<T>): Promise<T> {
  const db = database();
  try {
    return await db.transaction('rw', db.tables, async () => {
      const affected: Affected = { loopIds: new Set(), personIds: new Set(), all: false };
      const result = await work(affected);
      await reconcileAfter(db, affected);
      return result;
    });
  } catch (error) {
    // A refused request, or a commit refused at the end (Dexie's AbortError around it): said as one.
    if (isStorageFull(error) && !(error instanceof StorageFullError))
      throw new StorageFullError('The disk is full: the browser refused to store this change.', {
        cause: error,
      });
    throw error;
  }
}

export function newId(): string {
  return crypto.randomUUID();
}
