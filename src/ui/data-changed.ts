import { DATA_CHANGED_BROADCAST, send } from '../messages';

/** Tells the service worker the data changed, so the badge follows at once. Never fails the caller. */
export async function notifyDataChanged(): Promise<void> {
  try {
    await send('data-changed', {});
  } catch {
    // The worker is restarting; it recounts on its next start and at the daily pass.
  }
}

interface RuntimeEvents {
  runtime?: {
    onMessage?: {
      addListener(listener: (message: unknown) => undefined): void;
      removeListener(listener: (message: unknown) => undefined): void;
    };
  };
}

/**
 * Calls `listener` whenever another open view changed the data: a page's 'data-changed' (the dashboard
 * tells the worker after each write, and every other page hears it too) or the worker's broadcast
 * after a write it ran for the popup or the capture panel. Returns the unsubscribe. The listener never
 * answers the message (the worker's router does).
 */
export function onDataChanged(listener: () => void): () => void {
  const scope = globalThis as { browser?: RuntimeEvents; chrome?: RuntimeEvents };
  const events = (scope.browser ?? scope.chrome)?.runtime?.onMessage;
  if (!events) return () => undefined;
  const heard = (message: unknown): undefined => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'data-changed' || type === DATA_CHANGED_BROADCAST) listener();
    return undefined;
  };
  events.addListener(heard);
  return () => events.removeListener(heard);
}
