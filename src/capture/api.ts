/**
 * The panel's only way to the data: messages to the worker. A page framed inside a web page may be
 * denied storage by the browser (third-party storage blocking), so the panel never opens the database.
 */
import { type CaptureSave, type KnownPerson, type PayloadOf, send } from '../messages';

/** The one-time token the content script put in this frame's address. */
export function tokenFromHash(hash = location.hash): string {
  return hash.replace(/^#/, '');
}

export const takeCapture = (token: string) => send('capture-take', { token });

export async function findKnown(people: { name: string; company?: string; profileUrl?: string }[]) {
  return people.length ? send('capture-known', { people }) : ([] as KnownPerson[][]);
}

export const saveCapture = (request: CaptureSave) => send('capture-save', request);

export const startLoop = (request: PayloadOf<'capture-start-loop'>) => send('capture-start-loop', request);

/** Framed in a page: ask the content script to remove the frame. Opened in a tab of its own: close it. */
export async function closePanel(frame: 'panel' | 'note' = 'panel'): Promise<void> {
  if (window.top === window) {
    window.close();
    return;
  }
  await send('capture-close', { frame }).catch(() => undefined);
}

/** Takes back the save behind `token` (one worker message, one transaction); false when it no longer can. */
export const undoSave = async (token: string) => (await send('capture-undo', { token })).undone;

/** Opens the composer on that thank-you in a new tab (the worker opens it: a framed page may not). */
export const writeThankYou = (reminderId: string) => send('capture-write', { reminderId });
