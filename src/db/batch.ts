import { write } from './transaction';

/**
 * Runs several repository calls as one action: one read-write transaction (`write()`), in which each
 * call still validates its input and reconciles the reminders it affects (their own `write()` joins
 * this transaction), and together they land or fail as one. One transaction instead of one per call
 * also makes large imports — and the benchmark's seeding of years of data — an order of magnitude faster.
 */
export async function inOneTransaction<T>(work: () => Promise<T>): Promise<T> {
  return write(() => work());
}
