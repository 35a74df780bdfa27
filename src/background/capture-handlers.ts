/**
 * The worker's side of the capture flow, one function per message of the catalogue; spread into the
 * router's handlers (handlers.ts), which has already checked the sender and the payload.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { undoCapture } from '../db/capture-undo';
import { findPeopleByProfileUrl } from '../db/people';
import { readReceipt } from '../db/save-receipts';
import { getSettings } from '../db/settings';
import type { PayloadOf, Replies, ToContent } from '../messages';
import { refreshBadge } from './badge';
import { peekTab, startCaptureInTab } from './capture';
import { startLoopAtCompany } from './capture-company';
import { noteFor } from './capture-note';
import { dropPending, peekPending, putPending, takePending } from './capture-pending';
import { knownPeople, openLoops, type SaveOutcome, saveCapture } from './capture-save';
import { composerAddress } from './capture-write';

/** The save's answer, with an Undo token when it saved anyone. */
async function withUndo(
  { reply, record }: SaveOutcome,
  sender: Runtime.MessageSender,
): Promise<Replies['capture-save']> {
  if (!reply.saved.length && !reply.meetingAdded.length) return reply;
  const undoToken = await putPending({ kind: 'undo', tabId: sender.tab?.id ?? null, record });
  return { ...reply, undoToken };
}

export const captureHandlers = {
  'capture-start': async (extraction: PayloadOf<'capture-start'>, sender: Runtime.MessageSender) => ({
    token: await putPending({ kind: 'panel', tabId: sender.tab?.id ?? null, extraction }),
  }),

  'capture-take': async ({ token }: PayloadOf<'capture-take'>): Promise<Replies['capture-take']> => {
    const entry = await takePending(token, 'panel');
    return entry ? { extraction: entry.extraction, loops: await openLoops() } : null;
  },

  'capture-known': knownPeople,

  'capture-save': async (
    request: PayloadOf<'capture-save'>,
    sender: Runtime.MessageSender,
  ): Promise<Replies['capture-save']> => {
    const outcome = await saveCapture(request);
    await refreshBadge().catch(() => undefined);
    return withUndo(outcome, sender);
  },

  /** After the worker stopped mid-save: the save as it landed, or null (nothing of it was stored). */
  'capture-save-status': async (
    { saveId }: PayloadOf<'capture-save-status'>,
    sender: Runtime.MessageSender,
  ): Promise<Replies['capture-save-status']> => {
    const outcome = await readReceipt<SaveOutcome>(saveId);
    return { saved: outcome ? await withUndo(outcome, sender) : null };
  },

  /** Undo of a save: one transaction; false when the token is unknown, used or stale (nothing done). */
  'capture-undo': async ({ token }: PayloadOf<'capture-undo'>): Promise<Replies['capture-undo']> => {
    const entry = await peekPending(token, 'undo');
    if (!entry) return { undone: false };
    await undoCapture(entry.record);
    await dropPending(token);
    await refreshBadge().catch(() => undefined);
    return { undone: true };
  },

  /** Opens the composer on the thank-you in a tab (the popup's page, shown as a tab). */
  'capture-write': async ({ reminderId }: PayloadOf<'capture-write'>) => {
    await browser.tabs.create({ url: browser.runtime.getURL(composerAddress(reminderId)) });
    return { ok: true } as const;
  },

  'capture-start-loop': async (request: PayloadOf<'capture-start-loop'>) => {
    const result = await startLoopAtCompany(request);
    await refreshBadge().catch(() => undefined);
    return result;
  },

  /** Removes the panel or note frame from the tab the asking frame sits in (a tab of its own closes itself). */
  'capture-close': async ({ frame }: PayloadOf<'capture-close'>, sender: Runtime.MessageSender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      const message: ToContent = { type: 'loopkeeper-close-frame', frame };
      await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
    }
    return { ok: true } as const;
  },

  /** Passes the panel's height to the content script of its tab, which sizes the frame. */
  'capture-resize': async ({ height }: PayloadOf<'capture-resize'>, sender: Runtime.MessageSender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      const message: ToContent = { type: 'loopkeeper-size-panel', height };
      await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
    }
    return { ok: true } as const;
  },

  /** Only a yes/no and, for a saved person, a token: the content script never sees the user's data. */
  'profile-status': async (
    { profileUrl }: PayloadOf<'profile-status'>,
    sender: Runtime.MessageSender,
  ): Promise<Replies['profile-status']> => {
    if (!(await getSettings()).profileButton) return { show: false };
    const [known] = profileUrl ? await findPeopleByProfileUrl(profileUrl) : [];
    if (!known) return { show: true };
    const noteToken = await putPending({ kind: 'note', tabId: sender.tab?.id ?? null, personId: known.id });
    return { show: true, noteToken };
  },

  'note-take': async ({ token }: PayloadOf<'note-take'>): Promise<Replies['note-take']> => {
    const entry = await takePending(token, 'note');
    return entry ? { text: await noteFor(entry.personId, browser.i18n.getUILanguage()) } : null;
  },

  'capture-peek': async ({ tabId }: PayloadOf<'capture-peek'>) => peekTab(tabId),

  'capture-open': async ({ tabId }: PayloadOf<'capture-open'>) => {
    await startCaptureInTab(tabId, { via: 'page' });
    return { ok: true } as const;
  },
};
