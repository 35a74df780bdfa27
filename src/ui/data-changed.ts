import { send } from '../messages';

/** Tells the service worker the data changed, so the badge follows at once. Never fails the caller. */
export async function notifyDataChanged(): Promise<void> {
  try {
    await send('data-changed', {});
  } catch {
    // The worker is restarting; it recounts on its next start and at the daily pass.
  }
}
