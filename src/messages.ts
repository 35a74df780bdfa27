/**
 * The typed catalogue of messages between the contexts: extension pages and content scripts ask, the
 * service worker's router answers. Each message names who may send it and the shape of its payload;
 * the router validates both before acting (src/background/router.ts).
 */
import * as v from 'valibot';
import { type Reminder, TOUCH_CHANNELS } from './domain/types';

/** extension: one of our own pages (popup, dashboard, capture panel); content: our content script, top frame. */
export type SenderKind = 'extension' | 'content';

/** The popup's actions on a reminder, run by the worker (see src/background/reminder-handlers.ts). */
const reminderId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const ReminderAct = v.object({
  id: reminderId,
  on: day,
  action: v.variant('type', [
    v.object({ type: v.literal('done') }),
    v.object({ type: v.literal('sent'), channel: v.picklist(TOUCH_CHANNELS) }),
    v.object({ type: v.literal('snooze'), until: day }),
    v.object({ type: v.literal('dismiss') }),
  ]),
});
/** The record as it was before an action (checked in full by reopenReminder) and the touch it logged. */
const ReminderUndo = v.object({
  id: reminderId,
  undo: v.object({ previous: v.looseObject({ id: reminderId }), touchId: v.optional(reminderId) }),
});
export type ReminderAction = v.InferOutput<typeof ReminderAct>['action'];

export const MESSAGES = {
  /** Data changed in a page: refresh the badge (and anything else derived from the database). */
  'data-changed': { from: ['extension'], payload: v.object({}) },
  /** The settings changed: re-create the daily alarm at the new time. */
  'settings-changed': { from: ['extension'], payload: v.object({}) },
  /** The popup marks a reminder done or sent, snoozes or dismisses it; the worker acts and recounts the badge. */
  'reminder-act': { from: ['extension'], payload: ReminderAct },
  /** The popup's Undo: the reminder back as it was, and the touch its completion logged removed. */
  'reminder-undo': { from: ['extension'], payload: ReminderUndo },
} as const satisfies Record<string, { from: readonly SenderKind[]; payload: v.GenericSchema }>;

export type MessageName = keyof typeof MESSAGES;
export type PayloadOf<N extends MessageName> = v.InferOutput<(typeof MESSAGES)[N]['payload']>;

/** What each message answers with. */
export interface Replies {
  'reminder-act': { reminder: Reminder; undo: { previous: Reminder; touchId?: string } };
  'reminder-undo': { ok: true };
  'data-changed': { badge: number };
  'settings-changed': { ok: true };
}

export interface Envelope<N extends MessageName = MessageName> {
  type: N;
  payload: PayloadOf<N>;
}

/** The router's answer: the reply, or an error message in words for the user. */
export type Result<N extends MessageName> = { ok: true; reply: Replies[N] } | { ok: false; error: string };

interface RuntimeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/**
 * Sends a message to the service worker and returns its reply, or throws its error in words. Uses the
 * browser's promise-returning runtime directly (Chrome's `chrome`, Firefox's `browser`), so the content
 * script need not carry the polyfill.
 */
export async function send<N extends MessageName>(type: N, payload: PayloadOf<N>): Promise<Replies[N]> {
  const scope = globalThis as { browser?: RuntimeApi; chrome?: RuntimeApi };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('Loopkeeper can only send messages inside the extension.');
  const result = (await api.runtime.sendMessage({ type, payload } satisfies Envelope<N>)) as Result<N>;
  if (!result || typeof result !== 'object')
    throw new Error('Loopkeeper’s background service did not answer.');
  if (!result.ok) throw new Error(result.error);
  return result.reply;
}
