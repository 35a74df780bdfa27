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
