import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Extension, launchExtension, withBridge } from './harness';

interface ChromeApi {
  notifications: { getAll(): Promise<Record<string, boolean>>; onClicked: { dispatch(id: string): void } };
  alarms: {
    create(name: string, info: { when: number }): Promise<void>;
    getAll(): Promise<{ name: string; scheduledTime: number }[]>;
  };
}
const notifications = (worker: Worker) =>
  worker.evaluate(async () =>
    Object.keys(await (globalThis as unknown as { chrome: ChromeApi }).chrome.notifications.getAll()),
  );

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Something due today (a follow-up after yesterday's rejection), and the notification time already past. */
async function seed(ext: Extension, lastNotifiedOn: string | null) {
  const bridge = await ext.bridge();
  const today = await withBridge(
    bridge,
    async (lk, last) => {
      const iso = (offset: number) => {
        const d = new Date();
        d.setDate(d.getDate() + offset);
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      };
      await lk.settings.updateSettings({ skipWeekends: false, notificationTime: '00:00' });
      const acme = await lk.companies.findOrCreateCompany({ name: 'Acme Corp' });
      const loop = await lk.loops.createLoop({ companyId: acme.id, role: 'VP Marketing', on: iso(-20) });
      const dana = await lk.people.createPerson({ name: 'Dana Hill' });
      await lk.participations.addParticipant({ loopId: loop.id, personId: dana.id, role: 'hiring-manager' });
      await lk.loops.changeLoopStatus(loop.id, { status: 'rejected', on: iso(-1) });
      await lk.meta.setMeta('lastNotifiedOn', last ?? iso(-2));
      return iso(0);
    },
    lastNotifiedOn,
  );
  return { bridge, today };
}

describe('the daily notification', () => {
  it('fires from the daily alarm with what is due, once, and a click opens the list in a tab', async () => {
    const extension = await launchExtension();
    const { bridge, today } = await seed(extension, null);
    const alarms = await extension.worker.evaluate(async () =>
      (await (globalThis as unknown as { chrome: ChromeApi }).chrome.alarms.getAll())
        .map((a) => a.name)
        .sort(),
    );
    expect(alarms).toEqual(['loopkeeper-daily', 'loopkeeper-midnight']);
    expect(await notifications(extension.worker)).toEqual([]);

    // The real alarm, due in 50 ms, wakes the real listener.
    await extension.worker.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.alarms.create('loopkeeper-daily', {
        when: Date.now() + 50,
      }),
    );
    const ext = extension;
    await waitFor(
      () => notifications(ext.worker),
      (ids) => ids.includes('loopkeeper-daily'),
      'the notification',
    );
    expect(await withBridge(bridge, async (lk) => lk.meta.getMeta('lastNotifiedOn'))).toBe(today);

    // A second firing the same day shows nothing new.
    await extension.worker.evaluate(async () => {
      const chrome = (
        globalThis as unknown as { chrome: { notifications: { clear(id: string): Promise<boolean> } } }
      ).chrome;
      await chrome.notifications.clear('loopkeeper-daily');
    });
    await extension.worker.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.alarms.create('loopkeeper-daily', {
        when: Date.now() + 50,
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await notifications(extension.worker)).toEqual([]);
    const next = await extension.worker.evaluate(async () =>
      (await (globalThis as unknown as { chrome: ChromeApi }).chrome.alarms.getAll()).find(
        (a) => a.name === 'loopkeeper-daily',
      ),
    );
    expect(next?.scheduledTime).toBeGreaterThan(Date.now());

    const opened = extension.context.waitForEvent('page');
    await extension.worker.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.notifications.onClicked.dispatch(
        'loopkeeper-daily',
      ),
    );
    const tab = await opened;
    expect(tab.url()).toBe(extension.url('src/popup/index.html?view=tab'));
    await tab.getByRole('listitem').filter({ hasText: 'Dana Hill' }).first().waitFor();
  });

  it('catches up a missed day once at the next start, and not again at the start after', async () => {
    let extension = await launchExtension();
    const { bridge, today } = await seed(extension, null);
    await bridge.close();
    const profile = extension.userDataDir;
    await extension.close({ keepProfile: true });

    // The browser was closed through the notification time: the next start shows it.
    const restarted = await launchExtension({ userDataDir: profile });
    extension = restarted;
    await waitFor(
      () => notifications(restarted.worker),
      (ids) => ids.includes('loopkeeper-daily'),
      'the catch-up',
    );
    const again = await extension.bridge();
    expect(await withBridge(again, async (lk) => lk.meta.getMeta('lastNotifiedOn'))).toBe(today);
    await extension.worker.evaluate(async () => {
      const chrome = (
        globalThis as unknown as { chrome: { notifications: { clear(id: string): Promise<boolean> } } }
      ).chrome;
      await chrome.notifications.clear('loopkeeper-daily');
    });
    await extension.close({ keepProfile: true });

    extension = await launchExtension({ userDataDir: profile });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await notifications(extension.worker)).toEqual([]);
    const alarms = await extension.worker.evaluate(async () =>
      (await (globalThis as unknown as { chrome: ChromeApi }).chrome.alarms.getAll())
        .map((a) => a.name)
        .sort(),
    );
    expect(alarms).toEqual(['loopkeeper-daily', 'loopkeeper-midnight']);
  });

  it('shows no notification when nothing is due', async () => {
    const extension = await launchExtension();
    const bridge = await extension.bridge();
    await withBridge(bridge, async (lk) => {
      await lk.settings.updateSettings({ notificationTime: '00:00' });
      await lk.meta.setMeta('lastNotifiedOn', '2020-01-01');
    });
    await extension.worker.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.alarms.create('loopkeeper-daily', {
        when: Date.now() + 50,
      }),
    );
    await waitFor(
      () => withBridge(bridge, async (lk) => lk.meta.getMeta('lastNotifiedOn')),
      (value) => value !== '2020-01-01',
      'the daily pass',
    );
    expect(await notifications(extension.worker)).toEqual([]);
  });
});
