/**
 * Captures waiting for their frame. The content script hands over what it recognised; the worker keeps
 * it in `storage.session` (memory only, survives the worker being stopped, gone when the browser
 * closes) under a random one-time token, and the frame — the capture panel or the "already saved"
 * note — takes it by the token in its URL. A save's record for Undo waits the same way. Nothing of it is ever written into the web page.
 */
import browser from 'webextension-polyfill';
import type { CaptureRecord } from '../db/capture-undo';
import type { CaptureExtraction } from '../messages';

/** A pending capture older than this is dropped: the user walked away from the panel. */
export const PENDING_LIFETIME_MS = 30 * 60 * 1000;
const PREFIX = 'pending:';

export type Pending =
  | { kind: 'panel'; tabId: number | null; extraction: CaptureExtraction; createdAt: number }
  | { kind: 'note'; tabId: number | null; personId: string; createdAt: number }
  /** What a capture saved, for the panel's Undo (taken once, like the others). */
  | { kind: 'undo'; tabId: number | null; record: CaptureRecord; createdAt: number };

type PendingInput = Pending extends infer P ? (P extends Pending ? Omit<P, 'createdAt'> : never) : never;

/** Keeps `entry` and returns the token that takes it. Sweeps stale entries on the way. */
export async function putPending(entry: PendingInput, now = Date.now()): Promise<string> {
  await sweepPending(now);
  const token = crypto.randomUUID();
  await browser.storage.session.set({ [PREFIX + token]: { ...entry, createdAt: now } });
  return token;
}

/** The entry for `token` of the given kind, removed as it is taken; null when unknown, used or stale. */
export async function takePending<K extends Pending['kind']>(
  token: string,
  kind: K,
  now = Date.now(),
): Promise<Extract<Pending, { kind: K }> | null> {
  const entry = await readEntry(token);
  if (!entry || entry.kind !== kind) return null;
  await dropPending(token);
  if (now - entry.createdAt > PENDING_LIFETIME_MS) return null;
  return entry as Extract<Pending, { kind: K }>;
}

async function readEntry(token: string): Promise<Pending | undefined> {
  const key = PREFIX + token;
  return (await browser.storage.session.get(key))[key] as Pending | undefined;
}

/**
 * The entry for `token`, left in place: an Undo removes it only once its write landed, so a worker
 * stopped in the middle leaves the Undo still possible (undoing twice changes nothing the second time).
 */
export async function peekPending<K extends Pending['kind']>(
  token: string,
  kind: K,
  now = Date.now(),
): Promise<Extract<Pending, { kind: K }> | null> {
  const entry = await readEntry(token);
  if (!entry || entry.kind !== kind || now - entry.createdAt > PENDING_LIFETIME_MS) return null;
  return entry as Extract<Pending, { kind: K }>;
}

export async function dropPending(token: string): Promise<void> {
  await browser.storage.session.remove(PREFIX + token);
}

async function sweepPending(now: number): Promise<void> {
  const all = await browser.storage.session.get(null);
  const stale = Object.entries(all)
    .filter(
      ([key, value]) => key.startsWith(PREFIX) && now - (value as Pending).createdAt > PENDING_LIFETIME_MS,
    )
    .map(([key]) => key);
  if (stale.length) await browser.storage.session.remove(stale);
}
