import { database } from './database';
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
 * every table, so a change and its reminders land together or not at all.
 */
export async function write<T>(work: (affected: Affected) => Promise<T>): Promise<T> {
  const db = database();
  return db.transaction('rw', db.tables, async () => {
    const affected: Affected = { loopIds: new Set(), personIds: new Set(), all: false };
    const result = await work(affected);
    await reconcileAfter(db, affected);
    return result;
  });
}

export function newId(): string {
  return crypto.randomUUID();
}
