import { database } from './database';

/**
 * Runs several repository calls in one read-write transaction: each still validates its input and
 * reconciles the reminders it affects (their own `write()` joins this transaction), and together they
 * land or fail as one. One transaction instead of one per call makes large imports — and the
 * benchmark's seeding of years of data — an order of magnitude faster.
 */
export async function inOneTransaction<T>(work: () => Promise<T>): Promise<T> {
  const db = database();
  return db.transaction('rw', db.tables, work);
}
