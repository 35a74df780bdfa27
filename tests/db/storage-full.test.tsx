/**
 * A full disk is said plainly and loses nothing. IndexedDB's QuotaExceededError is injected at a write
 * (tests/helpers/faults.ts): the action is rolled back whole, write() names it StorageFullError, and
 * the router, the dashboard and the popup say what happened and what to do — back up, free space.
 * (The capture panel's words: tests/capture/worker-stop.test.tsx.)
 */
import Dexie from 'dexie';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({
  default: {
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined },
  },
}));

const { handlers } = await import('../../src/background/handlers');
const { createRouter } = await import('../../src/background/router');
const { StoreProvider } = await import('../../src/dashboard/store');
const { Welcome } = await import('../../src/dashboard/Welcome');
const { StorageFullError } = await import('../../src/db/errors');
const { getMeta } = await import('../../src/db/meta');
const { updateSettings } = await import('../../src/db/settings');
const { isStorageFull } = await import('../../src/domain/storage-full');
const { localDate } = await import('../../src/domain/today');
const { t } = await import('../../src/i18n/i18n');
const { App } = await import('../../src/popup/App');
const { seedJobSearch } = await import('../popup/seed');
const { dumpOf, faultyDatabase, quotaExceeded } = await import('../helpers/faults');

const FULL = t('ui_storage_full');
const origin = 'chrome-extension://loopkeeper-test/';
const route = createRouter(handlers, 'loopkeeper-test', origin);
(globalThis as unknown as { chrome: { runtime?: unknown } }).chrome.runtime = {
  sendMessage: (message: unknown) =>
    route(message, { id: 'loopkeeper-test', url: `${origin}src/popup/index.html` }),
};

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});
const until = async (check: () => boolean) => {
  for (let i = 0; i < 300 && !check(); i++)
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  expect(check(), root.textContent ?? '').toBe(true);
};

describe('a full disk', () => {
  it('is recognised however IndexedDB reports it: the request, or the commit Dexie aborts', () => {
    expect(isStorageFull(quotaExceeded())).toBe(true);
    expect(isStorageFull(new Dexie.AbortError('Transaction aborted', quotaExceeded()))).toBe(true);
    expect(isStorageFull(new Error('wrapped', { cause: quotaExceeded() }))).toBe(true);
    expect(isStorageFull(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isStorageFull(new Error('The date you met cannot be in the future.'))).toBe(false);
  });

  it('write() rolls the whole action back and names it StorageFullError, at every step', async () => {
    const { db, faults } = await faultyDatabase();
    await seedJobSearch(localDate());
    const before = await dumpOf(db);
    // Settings that re-plan every loop: the settings, then the reminders moved to new dates.
    const replan = () => updateSettings({ intervals: { rejectionFollowUpDays: 9, linkedinConnectDays: 5 } });
    let step = 1;
    for (; ; step++) {
      faults.arm(step, quotaExceeded);
      const failure = await replan().then(
        () => null,
        (error: unknown) => error,
      );
      faults.arm(null);
      if (!failure) break;
      expect(failure).toBeInstanceOf(StorageFullError);
      expect(await dumpOf(db)).toBe(before);
    }
    expect(step, 'the re-plan writes the settings and the reminders').toBeGreaterThan(2);
  });

  it('the worker answers with what happened and what to do', async () => {
    const { faults } = await faultyDatabase();
    faults.arm(1, quotaExceeded);
    const result = await route(
      { type: 'composer-set-name', payload: { name: 'Sam Doe' } },
      { id: 'loopkeeper-test', url: `${origin}src/popup/index.html` },
    );
    expect(result).toEqual({ ok: false, error: FULL });
    expect(FULL).toMatch(/disk is full.*Nothing saved before was lost.*Free some disk space.*back up/);
  });

  it('the dashboard says it, and nothing of the action is stored', async () => {
    const { faults } = await faultyDatabase();
    render(
      <StoreProvider>
        <Welcome />
      </StoreProvider>,
      root,
    );
    await until(() => root.textContent?.includes('Welcome to Loopkeeper') ?? false);
    faults.arm(2, quotaExceeded);
    await act(() => root.querySelector('form')?.requestSubmit());
    await until(() => root.textContent?.includes(FULL) ?? false);
    faults.arm(null);
    expect(await getMeta('welcomeAnswered')).toBeUndefined();
  });

  it('the popup says it, and the reminder stays as it was', async () => {
    const { db, faults } = await faultyDatabase();
    await seedJobSearch(localDate());
    render(<App />, root);
    await until(() => root.querySelectorAll('li.reminder').length > 0);
    const before = await dumpOf(db);
    faults.arm(1, quotaExceeded);
    const done = [...root.querySelectorAll('li.reminder button')].find((b) =>
      /^(Done|Sent)/.test(b.textContent ?? ''),
    );
    await act(() => (done as HTMLButtonElement).click());
    await until(() => root.textContent?.includes(FULL) ?? false);
    faults.arm(null);
    expect(await dumpOf(db)).toBe(before);
  });
});
