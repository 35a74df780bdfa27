/**
 * In Firefox: a backup downloaded from the Data view and restored into a fresh profile exactly, and the
 * daily alarm's notification (the real alarm waking the background page's listener).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { type FirefoxExtension, launchFirefox, until, withBridge } from './harness';
import { click, control, seeText } from './ui';

async function snapshot(extension: FirefoxExtension) {
  const bridge = await extension.bridge();
  const data = await withBridge(bridge, (lk) => lk.readSnapshot());
  const counts = await withBridge(bridge, (lk) => lk.counts());
  await bridge.close();
  return { data, counts };
}

async function dataView(extension: FirefoxExtension): Promise<Page> {
  const page = await extension.open('src/dashboard/index.html#/data');
  await seeText(page, 'Your data');
  return page;
}

describe('backup and restore in Firefox', () => {
  it('backs up to a downloaded file and restores it into a fresh profile exactly', async () => {
    const first = await launchFirefox();
    const bridge = await first.bridge();
    await withBridge(bridge, async (lk) => {
      await lk.loadSampleData();
      await lk.settings.updateSettings({ myName: 'Jordan Reyes' });
    });
    await bridge.close();
    const page = await dataView(first);
    await click(page, 'Back up now');
    let name = '';
    await until(async () => {
      name =
        readdirSync(first.downloads).find((f) => /^loopkeeper-backup-\d{4}-\d{2}-\d{2}\.json$/.test(f)) ?? '';
      return name !== '' && readFileSync(join(first.downloads, name), 'utf8').trim().endsWith('}');
    }, 'the backup file');
    const text = readFileSync(join(first.downloads, name), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'loopkeeper-backup', version: 1 });
    const before = await snapshot(first);
    expect(before.data.people.length).toBeGreaterThan(3);

    const second = await launchFirefox();
    const fresh = await dataView(second);
    const file = join(second.downloads, name);
    writeFileSync(file, text);
    const input = await control(fresh, 'Choose a backup file');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
    await seeText(fresh, `${name} is a valid backup`);
    await click(fresh, 'Replace everything…');
    await seeText(fresh, 'Replace everything with this backup?');
    await click(fresh, 'Replace');
    await seeText(fresh, 'your data is now exactly what the backup holds');
    const after = await snapshot(second);
    expect(after.counts).toEqual(before.counts);
    expect(after.data).toEqual(before.data);
  }, 300_000); // two browsers, one after the other
});

interface FirefoxApi {
  alarms: {
    create(name: string, info: { when: number }): Promise<void>;
    getAll(): Promise<{ name: string }[]>;
  };
  action: { getBadgeText(details: object): Promise<string> };
}

describe('the daily notification in Firefox', () => {
  it('the daily alarm wakes the background page, which shows what is due and counts it on the badge', async () => {
    const extension = await launchFirefox();
    const bridge = await extension.bridge();
    await withBridge(bridge, async (lk) => {
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
      await lk.meta.setMeta('lastNotifiedOn', iso(-2));
      await lk.notifyDataChanged();
    });
    const api = <T>(work: (browser: FirefoxApi) => Promise<T>) =>
      bridge.evaluate(`(${work.toString()})(globalThis.browser)`) as Promise<T>;
    const alarms = await api(async (b) => (await b.alarms.getAll()).map((a) => a.name).sort());
    expect(alarms).toEqual(['loopkeeper-daily', 'loopkeeper-midnight']);
    // Headless Firefox closes a notification as soon as it is shown (notifications.getAll() stays
    // empty), so what the background page asks for is recorded in it, on its way to the real call.
    await bridge.evaluate(`browser.runtime.getBackgroundPage().then((bg) => {
      const create = bg.browser.notifications.create.bind(bg.browser.notifications);
      bg.shown = [];
      bg.browser.notifications.create = (id, options) => {
        bg.shown.push({ id, title: options.title, message: options.message });
        return create(id, options);
      };
    })`);
    const shown = () =>
      bridge.evaluate('browser.runtime.getBackgroundPage().then((bg) => bg.shown)') as Promise<
        { id: string; title: string; message: string }[]
      >;
    await api((b) => b.alarms.create('loopkeeper-daily', { when: Date.now() + 50 }));
    await until(async () => (await shown()).length > 0, 'the daily notification');
    expect(await shown()).toEqual([
      { id: 'loopkeeper-daily', title: '1 follow-up due today', message: 'Follow-up after a no: Dana Hill' },
    ]);
    await until(async () => (await api((b) => b.action.getBadgeText({}))) === '1', 'the badge to count it');

    // A second firing the same day shows nothing new.
    await api((b) => b.alarms.create('loopkeeper-daily', { when: Date.now() + 50 }));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await shown()).toHaveLength(1);
  });
});
