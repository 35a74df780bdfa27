/**
 * Read-only access to Loopkeeper's database through the platform's IndexedDB, without Dexie, for the
 * popup's first paint and the worker's badge and notification. Dexie is 31 KB gzip, more than half
 * the popup's budget and most of its start-up time, and a few index ranges and key lookups need none
 * of it. Writes never come here: they go through the repository functions (Dexie, validation,
 * reconciliation). The stores and index names are the ones Dexie created from schema.ts
 * ("[status+showOn]" is the index on ['status', 'showOn']).
 *
 * The connection never creates or upgrades the database: when none exists yet (a first run), the
 * open is aborted and every read answers "nothing", and a Dexie upgrade elsewhere closes it at once.
 */
import { DATABASE_NAME } from './schema';

let name: string = DATABASE_NAME;
let connection: Promise<IDBDatabase | null> | undefined;

/** Tests point the reads at their own database (as `useDatabase` does for the repositories). */
export function useReadDatabase(databaseName: string): void {
  name = databaseName;
  connection = undefined;
}

function open(): Promise<IDBDatabase | null> {
  connection ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    // No database yet: do not create an empty one (Dexie must create it with its schema).
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      if (request.error?.name === 'AbortError') {
        event.preventDefault();
        connection = undefined;
        resolve(null);
      } else reject(request.error);
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => {
        db.close();
        connection = undefined;
      };
      resolve(db);
    };
  });
  return connection;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** A read-only transaction over `stores`, or null when there is no database (or no such store yet). */
export async function reading(stores: string[]): Promise<IDBTransaction | null> {
  const db = await open();
  if (!db || stores.some((store) => !db.objectStoreNames.contains(store))) return null;
  return db.transaction(stores, 'readonly');
}

/** Records by primary key, in the order asked (missing ones left out). */
export async function getMany<T>(
  tx: IDBTransaction | null,
  store: string,
  keys: IDBValidKey[],
): Promise<T[]> {
  if (!tx || keys.length === 0) return [];
  const source = tx.objectStore(store);
  const found: (T | undefined)[] = await Promise.all(keys.map((key) => done(source.get(key))));
  return found.filter((item): item is T => item !== undefined);
}

export interface RangeRead<T> {
  store: string;
  index: string;
  range: IDBKeyRange;
  direction?: 'next' | 'prev';
  /** Only records that pass are kept (and counted). */
  keep?: (item: T) => boolean;
  /** Stop after this many kept records. */
  limit?: number;
}

interface RecordsIndex {
  getAllRecords(options: {
    query: IDBKeyRange;
    count?: number;
    direction?: 'next' | 'prev';
  }): IDBRequest<{ value: unknown }[]>;
}

/**
 * Reads an index range, keeping what passes, stopping at `limit`. Where the browser has
 * `getAllRecords` (Chrome 141+), one request brings a page in either direction; if too many of its
 * records fail `keep`, or elsewhere, a cursor walks the range.
 */
export async function readRange<T>(tx: IDBTransaction | null, read: RangeRead<T>): Promise<T[]> {
  if (!tx) return [];
  const index = tx.objectStore(read.store).index(read.index) as IDBIndex & Partial<RecordsIndex>;
  if (read.limit !== undefined && index.getAllRecords) {
    const count = read.limit * 2;
    const records = await done(index.getAllRecords({ query: read.range, count, direction: read.direction }));
    const values = records.map((record) => record.value as T);
    const kept = read.keep ? values.filter(read.keep) : values;
    if (kept.length >= read.limit || records.length < count) return kept.slice(0, read.limit);
  }
  return walkRange(tx, read);
}

function walkRange<T>(tx: IDBTransaction, read: RangeRead<T>): Promise<T[]> {
  const items: T[] = [];
  const limit = read.limit ?? Number.POSITIVE_INFINITY;
  const request = tx.objectStore(read.store).index(read.index).openCursor(read.range, read.direction);
  return new Promise((resolve, reject) => {
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(items);
      const item = cursor.value as T;
      if (!read.keep || read.keep(item)) items.push(item);
      if (items.length >= limit) return resolve(items);
      cursor.continue();
    };
  });
}

/** Counts an index range; with `keep`, by a cursor over that range only (nothing kept in memory). */
export function countRange<T>(tx: IDBTransaction | null, read: RangeRead<T>): Promise<number> {
  if (!tx) return Promise.resolve(0);
  const index = tx.objectStore(read.store).index(read.index);
  const keep = read.keep;
  if (!keep) return done(index.count(read.range));
  let count = 0;
  const request = index.openCursor(read.range);
  return new Promise((resolve, reject) => {
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(count);
      if (keep(cursor.value as T)) count += 1;
      cursor.continue();
    };
  });
}

/** The first record of a store, or of one of its indexes (the oldest by `updatedAt`), if any. */
export async function firstOf<T>(
  tx: IDBTransaction | null,
  store: string,
  index?: string,
): Promise<T | undefined> {
  if (!tx) return undefined;
  const source = index ? tx.objectStore(store).index(index) : tx.objectStore(store);
  const cursor = await done(source.openCursor());
  return (cursor?.value as T | undefined) ?? undefined;
}

/** Records of an index matching any of `keys` exactly (e.g. [loopId, personId] pairs). */
export async function getByIndex<T>(
  tx: IDBTransaction | null,
  store: string,
  index: string,
  keys: IDBValidKey[],
): Promise<T[]> {
  if (!tx || keys.length === 0) return [];
  const source = tx.objectStore(store).index(index);
  const found: (T | undefined)[] = await Promise.all(keys.map((key) => done(source.get(key))));
  return found.filter((item): item is T => item !== undefined);
}
