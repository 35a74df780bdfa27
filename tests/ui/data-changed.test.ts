/**
 * Every open view hears a change made in another: a page's 'data-changed' and the worker's broadcast
 * after a write it ran; nothing else. The listener never answers (the worker's router does).
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { sendMessage: async () => undefined } } }));
const { changesData } = await import('../../src/background/data-changed');
const { DATA_CHANGED_BROADCAST } = await import('../../src/messages');
const { onDataChanged } = await import('../../src/ui/data-changed');

describe('onDataChanged', () => {
  it('calls back on a page’s data-changed and on the worker’s broadcast, and stops when asked', () => {
    const listeners = new Set<(message: unknown) => unknown>();
    (globalThis as unknown as { chrome: { runtime?: unknown } }).chrome.runtime = {
      onMessage: {
        addListener: (l: (message: unknown) => unknown) => listeners.add(l),
        removeListener: (l: (message: unknown) => unknown) => listeners.delete(l),
      },
    };
    const heard = vi.fn();
    const stop = onDataChanged(heard);
    const deliver = (message: unknown) => [...listeners].map((l) => l(message));
    expect(deliver({ type: 'data-changed', payload: {} })).toEqual([undefined]);
    deliver({ type: DATA_CHANGED_BROADCAST });
    deliver({ type: 'capture-known', payload: { people: [] } });
    deliver(null);
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
    deliver({ type: DATA_CHANGED_BROADCAST });
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('the worker announces the messages that write, and not the reads', () => {
    expect(changesData({ type: 'capture-save' })).toBe(true);
    expect(changesData({ type: 'reminder-act-many' })).toBe(true);
    expect(changesData({ type: 'capture-known' })).toBe(false);
    expect(changesData({ type: 'data-changed' })).toBe(false);
  });
});
