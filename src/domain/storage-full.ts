/**
 * Whether an error is the browser refusing a write because the disk (or the origin's share of it) is
 * full: IndexedDB's QuotaExceededError, thrown by a request or carried as the `inner` (Dexie) or `cause`
 * of the AbortError a refused commit ends in, or the StorageFullError src/db/transaction.ts turns it
 * into. Pure, so the database (which names it) and the pages (which say it) share one rule.
 */
const NAMES = new Set(['StorageFullError', 'QuotaExceededError']);

export function isStorageFull(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    if (NAMES.has((current as { name?: string }).name ?? '')) return true;
    const next = current as { inner?: unknown; cause?: unknown };
    current = next.inner ?? next.cause;
  }
  return false;
}
