/** A write refused because its input is wrong; nothing was written. The message is for the user. */
export class ValidationError extends Error {
  override name = 'ValidationError';
}

/**
 * A record the caller named does not exist (deleted in another tab, a stale link). Its name is not
 * "NotFoundError": Dexie maps errors of that name thrown inside a transaction to its own class, which
 * would lose ours.
 */
export class NotFoundError extends Error {
  override name = 'RecordMissingError';
}

/**
 * The browser refused a write because the disk (or the origin's share of it) is full. The transaction
 * was rolled back: nothing of the action was stored, and nothing stored before was touched. Pages say
 * it in the user's words (src/i18n/failure.ts knows this name).
 */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

/**
 * IndexedDB's QuotaExceededError, however it arrives: thrown by a request, or as the `inner` (Dexie)
 * or `cause` of the AbortError a transaction fails with when its commit is refused.
 */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { name, code } = current as { name?: unknown; code?: unknown };
    if (name === 'QuotaExceededError' || name === 'StorageFullError') return true;
    // The legacy DOMException code of QuotaExceededError.
    if (current instanceof DOMException && code === 22) return true;
    const next = current as { inner?: unknown; cause?: unknown };
    current = next.inner ?? next.cause;
  }
  return false;
}
