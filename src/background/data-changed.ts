/**
 * Every open view shows a change within a moment: after a message that wrote (a capture saved, a
 * reminder marked sent in the popup), the worker tells every extension page; they reload what they
 * show (src/ui/data-changed.ts listens). The dashboard's own writes reach the other pages through its
 * 'data-changed' message directly.
 */
import browser from 'webextension-polyfill';
import { DATA_CHANGED_BROADCAST, WRITING_MESSAGES } from '../messages';

export function changesData(message: unknown): boolean {
  const type = (message as { type?: unknown } | null)?.type;
  return (WRITING_MESSAGES as readonly unknown[]).includes(type);
}

/** Never fails: with no page open there is nobody to tell ("Receiving end does not exist"). */
export function announceDataChanged(): void {
  browser.runtime.sendMessage({ type: DATA_CHANGED_BROADCAST }).catch(() => undefined);
}
