/**
 * The browser as the worker's capture handlers use it, faked for unit tests: session storage in memory,
 * tabs.create recorded, the badge ignored. Use as
 * `vi.mock('webextension-polyfill', async () => (await import('./fake-browser')).fakeBrowserModule)`.
 */
import { vi } from 'vitest';

export const session = new Map<string, unknown>();
export const createTab = vi.fn(async (_options: { url: string }) => ({}));

/** `storage.session` kept in `store`, copied in and out as the browser would. */
export function fakeSessionStorage(store: Map<string, unknown>) {
  return {
    async get(key: string | null) {
      if (key === null) return Object.fromEntries(store);
      return store.has(key) ? { [key]: structuredClone(store.get(key)) } : {};
    },
    async set(items: Record<string, unknown>) {
      for (const [k, value] of Object.entries(items)) store.set(k, structuredClone(value));
    },
    async remove(keys: string | string[]) {
      for (const k of [keys].flat()) store.delete(k);
    },
  };
}

export const fakeBrowserModule = {
  default: {
    storage: { session: fakeSessionStorage(session) },
    tabs: { create: createTab },
    runtime: { getURL: (path: string) => `chrome-extension://abc/${path}` },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined },
  },
};

/** Resets what the fake remembers, between tests. */
export function resetFakeBrowser(): void {
  session.clear();
  createTab.mockClear();
}
