import { getMeta, setMeta } from '../db/meta';

/**
 * On the first run, asks the browser to keep Loopkeeper's data even under storage pressure. Asked once;
 * the Data view shows whether it was granted.
 */
export async function askForPersistentStorageOnce(): Promise<void> {
  if (await getMeta('persistenceRequested')) return;
  await setMeta('persistenceRequested', true);
  try {
    await navigator.storage?.persist?.();
  } catch {
    // Some browsers refuse outright; the data is still kept under unlimitedStorage.
  }
}
