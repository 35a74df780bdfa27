import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { failureText } from '../i18n/failure';
import {
  type Envelope,
  MESSAGES,
  type MessageName,
  type PayloadOf,
  type Replies,
  type Result,
  type SenderKind,
} from '../messages';

export type Handlers = {
  [N in MessageName]: (payload: PayloadOf<N>, sender: Runtime.MessageSender) => Promise<Replies[N]>;
};

/** Who sent this: one of our pages, our content script in a top frame, or someone we ignore. */
export function senderKind(
  sender: Runtime.MessageSender,
  runtimeId: string,
  extensionOrigin: string,
): SenderKind | null {
  if (sender.id !== runtimeId) return null;
  const url = sender.url ?? '';
  // One of our pages: the popup, the dashboard, or the capture panel framed inside a web page.
  if (url.startsWith(extensionOrigin)) return 'extension';
  if (sender.tab && sender.frameId === 0) return 'content';
  return null;
}

/**
 * The one message router: checks the sender is this extension (a page of ours, or our content script in
 * a top frame), that the message is in the catalogue and allowed from that sender, and that the payload
 * has the right shape, before calling the handler. Anything else is refused in words.
 */
export function createRouter(handlers: Handlers, runtimeId: string, extensionOrigin: string) {
  return async (message: unknown, sender: Runtime.MessageSender): Promise<Result<MessageName>> => {
    const kind = senderKind(sender, runtimeId, extensionOrigin);
    if (!kind) return { ok: false, error: 'Message refused: it did not come from Loopkeeper.' };
    const envelope = message as Partial<Envelope>;
    const type = envelope?.type;
    if (typeof type !== 'string' || !Object.hasOwn(MESSAGES, type)) {
      return { ok: false, error: 'Message refused: unknown message.' };
    }
    const entry = MESSAGES[type as MessageName];
    if (!(entry.from as readonly SenderKind[]).includes(kind)) {
      return { ok: false, error: `Message refused: ${type} may not come from a ${kind} context.` };
    }
    const parsed = v.safeParse(entry.payload, envelope.payload);
    if (!parsed.success) return { ok: false, error: `Message refused: ${type} has a malformed payload.` };
    try {
      const handler = handlers[type as MessageName] as (
        p: unknown,
        s: Runtime.MessageSender,
      ) => Promise<unknown>;
      const reply = await handler(parsed.output, sender);
      return { ok: true, reply } as Result<MessageName>;
    } catch (error) {
      // In words: a full disk says what to do (src/i18n/failure.ts); other errors speak for themselves.
      return { ok: false, error: failureText(error) };
    }
  };
}
