/**
 * Fault injection for the all-or-nothing tests: a database whose k-th write (any put, add, delete or
 * range delete, counted at Dexie's storage layer, so bulk and collection writes count too) throws, and
 * `expectAllOrNothing`, which runs an action with a failure at step 1, 2, … N in turn and checks after
 * each that the database is byte-identical to before (the backup's own dump, canonically serialised).
 *
 * Add a row for a new action: `{ name, seed, act }` — `seed` writes what the action needs and returns
 * its input; `act` performs the action as the user's click does. Restore and import can use it too.
 */
import { expect } from 'vitest';
import { canonicalJson } from '../../src/db/backup/canonical';
import { dumpTables } from '../../src/db/backup/dump';
import { LoopkeeperDatabase, useDatabase } from '../../src/db/database';
import { useReadDatabase } from '../../src/db/quick-read';

export interface Faults {
  /** The write (1-based, counted since the last `arm`) that throws; null: none does. */
  failAt: number | null;
  /** Writes seen since the last `arm`. */
  writes: number;
  /** What the failing write throws (a plain error by default; a QuotaExceededError for the full disk). */
  error: () => Error;
  /** Counts from zero again, failing at `at` (null: never). */
  arm(at: number | null, error?: () => Error): void;
}

let counter = 0;

/** A fresh database (as freshDatabase) with the fault switch installed below every table. */
export async function faultyDatabase(): Promise<{ db: LoopkeeperDatabase; faults: Faults }> {
  counter += 1;
  const injected = () => new Error('Injected failure');
  const faults: Faults = {
    failAt: null,
    writes: 0,
    error: injected,
    arm(at, error = injected) {
      this.failAt = at;
      this.writes = 0;
      this.error = error;
    },
  };
  const db = new LoopkeeperDatabase(`loopkeeper-faults-${Date.now()}-${counter}`);
  db.use({
    stack: 'dbcore',
    name: 'fault-injection',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            faults.writes += 1;
            if (faults.failAt === faults.writes) return Promise.reject(faults.error());
            return table.mutate(request);
          },
        };
      },
    }),
  });
  await db.open();
  useDatabase(db);
  useReadDatabase(db.name);
  return { db, faults };
}

/** Every table, as a backup writes it, in one string: equal strings, equal databases. */
export async function dumpOf(db: LoopkeeperDatabase): Promise<string> {
  return canonicalJson(await db.transaction('r', db.tables, () => dumpTables(db)));
}

/** A QuotaExceededError as IndexedDB throws it when the disk is full. */
export const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/**
 * Runs `act` with a failure at its 1st, 2nd, … write until a run completes without reaching the
 * failing step; after every failed run the database must be exactly as before. Returns how many writes
 * the action makes (so a row that writes nothing cannot pass unnoticed) and the completed run's result.
 */
export async function expectAllOrNothing<T>(
  db: LoopkeeperDatabase,
  faults: Faults,
  act: () => Promise<T>,
  error?: () => Error,
): Promise<{ steps: number; result: T }> {
  const before = await dumpOf(db);
  for (let step = 1; step < 10_000; step++) {
    faults.arm(step, error);
    let result: T;
    try {
      result = await act();
    } catch (failure) {
      faults.arm(null);
      expect(await dumpOf(db), `after a failure at write ${step}`).toBe(before);
      expect(failure, `the failure at write ${step} reaches the caller`).toBeTruthy();
      continue;
    }
    const steps = faults.writes;
    faults.arm(null);
    // The run got past every write: the action is complete, and it did change the database.
    expect(step, 'the action completed although a write failed').toBeGreaterThan(steps);
    expect(await dumpOf(db), 'the completed action changed nothing').not.toBe(before);
    return { steps, result };
  }
  throw new Error('The action never completed');
}
