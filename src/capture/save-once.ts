/**
 * Saving from the panel when the browser may stop the service worker at any moment. A save carries its
 * own id (made once per panel), and lands whole or not at all (one transaction with its receipt, see
 * src/db/save-receipts.ts). When the answer is lost — Chromium's "message channel closed before a
 * response was received" — the panel asks the worker (which the question restarts) whether the save
 * with that id landed, and says so in plain words instead of the browser's.
 */
import { failureText } from '../i18n/failure';
import { t } from '../i18n/i18n';
import { type CaptureSave, MessageLostError, type Replies, send } from '../messages';
import { saveCapture } from './api';

/** Waits before each question: at once, then while a restarting worker comes up. */
const ASK_AFTER_MS = [0, 250, 1000];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the save stored, or null (nothing was), or undefined when the worker could not be asked. */
export async function landed(saveId: string): Promise<Replies['capture-save'] | null | undefined> {
  for (const ms of ASK_AFTER_MS) {
    await pause(ms);
    try {
      return (await send('capture-save-status', { saveId })).saved;
    } catch (error) {
      if (!(error instanceof MessageLostError)) return undefined;
    }
  }
  return undefined;
}

/**
 * The save's answer; when the worker stopped before answering, the answer of the save that landed.
 * Throws an Error whose message is for the user: not saved (press Save again), or unknown (Save again
 * is safe), or the worker's own words (a refused input, a full disk).
 */
export async function saveOnce(request: CaptureSave): Promise<Replies['capture-save']> {
  try {
    return await saveCapture(request);
  } catch (error) {
    if (!(error instanceof MessageLostError)) throw new Error(failureText(error));
    const saved = await landed(request.saveId);
    if (saved) return saved;
    throw new Error(t(saved === null ? 'capture_save_not_saved' : 'capture_save_unknown'));
  }
}
