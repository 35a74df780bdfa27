/**
 * A failed action, said in the user's words. Two failures are not the user's doing and need words of
 * their own: a full disk (the database refused the write; src/db/errors.ts names it StorageFullError,
 * IndexedDB QuotaExceededError) and a message that lost its answer because the browser stopped the
 * service worker (MessageLostError in src/messages.ts). Anything else already speaks for itself (a
 * refused input says what is wrong).
 */
import { isStorageFull } from '../domain/storage-full';
import { t } from './i18n';

export function failureText(error: unknown): string {
  if (isStorageFull(error)) return t('ui_storage_full');
  if (error instanceof Error && error.name === 'MessageLostError') return t('ui_worker_stopped');
  return error instanceof Error ? error.message : String(error);
}
