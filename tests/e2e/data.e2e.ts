/**
 * The Data view in Chromium: backup download, restore into a fresh profile (the database comes back
 * exactly), restore with its preview (Merge, and a malformed file refused), each export downloaded and
 * parsed back, and the popup's backup reminder.
 */

import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/db/schema';
import { type Extension, launchExtension, withBridge } from './harness';

/** Sample data plus a touch, a closed reminder and a setting, all through the repository functions. */
async function seed(extension: Extension): Promise<void> {
  const bridge = await extension.bridge();
  await withBridge(bridge, async (lk) => {
    await lk.loadSampleData();
    await lk.settings.updateSettings({ myName: 'Jordan Reyes, "JR"' });
    const [dana] = await lk.people.searchPeopleByName('Dana');
    if (!dana) throw new Error('sample data has Dana');
    await lk.touches.logTouch({
      personId: dana.id,
      on: '2026-01-15',
      channel: 'call',
      note: 'Coffee, 30 min',
    });
    // Her first open one (the thank-you for the meeting before Acme's no is obsolete, not closable).
    const [first] = (await lk.reminders.listRemindersOfPerson(dana.id)).filter((r) => r.status === 'open');
    if (first) await lk.reminders.dismissReminder(first.id, { on: '2026-01-16' });
  });
  await bridge.close();
}

async function snapshot(extension: Extension) {
  const bridge = await extension.bridge();
  const [data, counts] = await Promise.all([
    withBridge(bridge, (lk) => lk.readSnapshot()),
    withBridge(bridge, (lk) => lk.counts()),
  ]);
  await bridge.close();
  return { data, counts };
}

async function dataView(extension: Extension): Promise<Page> {
  const page = await extension.open('src/dashboard/index.html#/data');
  await page.getByRole('heading', { name: 'Your data' }).waitFor();
  return page;
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('backup and restore', () => {
  it('backs up to a file and restores it into a fresh profile exactly', async () => {
    const first = await launchExtension();
    await seed(first);
    const page = await dataView(first);
    await page.getByText('Never: back up now').waitFor();
    const backup = await download(page, 'Back up now');
    expect(backup.name).toMatch(/^loopkeeper-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(backup.text);
    expect(file).toMatchObject({
      format: 'loopkeeper-backup',
      version: 1,
      schemaVersion: CURRENT_SCHEMA_VERSION,
    });
    expect(file.checksum).toMatch(/^sha256-[0-9a-f]{64}$/);
    await page.getByText('Never: back up now').waitFor({ state: 'detached' });
    const before = await snapshot(first);
    const people = String(before.data.people.length);
    expect(before.data.people.length).toBeGreaterThan(3);

    const second = await launchExtension();
    const fresh = await dataView(second);
    await fresh.getByLabel('Choose a backup file').setInputFiles({
      name: backup.name,
      mimeType: 'application/json',
      buffer: Buffer.from(backup.text),
    });
    await fresh.getByText(`${backup.name} is a valid backup`).waitFor();
    const peopleRow = fresh
      .getByRole('row')
      .filter({ has: fresh.getByRole('rowheader', { name: 'People', exact: true }) });
    expect(await peopleRow.getByRole('cell').allTextContents()).toEqual([people, '0', people, '0']);
    await fresh.getByRole('button', { name: 'Replace everything…' }).click();
    const confirm = fresh.getByRole('dialog');
    await confirm.getByText('Replace everything with this backup?').waitFor();
    await confirm.getByRole('button', { name: 'Replace', exact: true }).click();
    await fresh.getByText(/your data is now exactly what the backup holds/).waitFor();

    const after = await snapshot(second);
    expect(after.counts).toEqual(before.counts);
    expect(after.data).toEqual(before.data);
  });

  it('previews a Merge, then merges without duplicating anyone; a malformed file is refused and changes nothing', async () => {
    const extension = await launchExtension();
    await seed(extension);
    const page = await dataView(extension);
    const backup = await download(page, 'Back up now');
    const before = await snapshot(extension);

    // A file edited after it was written.
    const tampered = backup.text.replace('Dana Hill', 'Dana Hall');
    const input = page.getByLabel('Choose a backup file');
    await input.setInputFiles({
      name: 'tampered.json',
      mimeType: 'application/json',
      buffer: Buffer.from(tampered),
    });
    const alert = page.getByRole('alert');
    await alert.getByText('tampered.json cannot be restored').waitFor();
    await alert.getByText(/checksum does not match/).waitFor();
    await alert.getByText('Nothing was changed.').waitFor();
    expect((await snapshot(extension)).data).toEqual(before.data);

    // A truncated file.
    await input.setInputFiles({
      name: 'cut.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup.text.slice(0, 500)),
    });
    await page
      .getByRole('alert')
      .getByText(/not complete JSON/)
      .waitFor();

    // The real file: Merge finds everyone already saved.
    await input.setInputFiles({
      name: backup.name,
      mimeType: 'application/json',
      buffer: Buffer.from(backup.text),
    });
    await page.getByText(`${backup.name} is a valid backup`).waitFor();
    await page
      .getByText(`${before.data.people.length} as the same record; 0 are new`, { exact: false })
      .waitFor();
    await page.getByRole('button', { name: 'Merge into my data…' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText('0 records are added and 0 updated.', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByText(/Merged .* into your data/).waitFor();
    const after = await snapshot(extension);
    expect(after.counts).toEqual(before.counts);
    expect(after.data).toEqual(before.data);
  });
});

describe('exports', () => {
  it('downloads each export, and each parses back with the saved data', async () => {
    const extension = await launchExtension();
    await seed(extension);
    const page = await dataView(extension);
    const { data } = await snapshot(extension);

    const people = await download(page, 'People (CSV)');
    expect(people.name).toMatch(/^loopkeeper-people-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(people.text.startsWith('\uFEFF')).toBe(true);
    const peopleRows = Papa.parse<string[]>(people.text.slice(1), { skipEmptyLines: true }).data;
    expect(peopleRows[0]?.slice(0, 3)).toEqual(['Name', 'Title', 'Company']);
    expect(
      peopleRows
        .map((row) => row[0])
        .slice(1)
        .sort(),
    ).toEqual(data.people.map((p) => p.name).sort());
    const dana = peopleRows.find((row) => row[0] === 'Dana Hill');
    expect(dana?.[11]).toBe('Northwind Analytics — VP Marketing (Hiring manager)');

    const loops = await download(page, 'Loops (CSV)');
    const loopRows = Papa.parse<string[]>(loops.text.slice(1), { skipEmptyLines: true }).data;
    expect(loopRows).toHaveLength(data.loops.length + 1);
    const northwind = loopRows.find((row) => row[0] === 'Northwind Analytics');
    expect(northwind?.[3]).toBe('Not selected');
    expect(northwind?.[6]).toMatch(/^\d{4}-\d{2}-\d{2} Interviewing; \d{4}-\d{2}-\d{2} Not selected$/);

    const cards = await download(page, 'Contacts (vCard)');
    expect(cards.name).toMatch(/\.vcf$/);
    const parsedCards = (ICAL.parse(cards.text) as unknown as unknown[]).map(
      (c) => new ICAL.Component(c as unknown[]),
    );
    expect(parsedCards.map((c) => c.getFirstPropertyValue('fn')).sort()).toEqual(
      data.people.map((p) => p.name).sort(),
    );

    const calendar = await download(page, 'Reminders (iCalendar)');
    expect(calendar.name).toMatch(/\.ics$/);
    const vcalendar = new ICAL.Component(ICAL.parse(calendar.text) as unknown[]);
    const events = vcalendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const pending = data.reminders.filter((r) => r.status === 'open' || r.status === 'snoozed');
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThanOrEqual(pending.length);
    for (const event of events) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.summary.length).toBeGreaterThan(3);
      expect(event.description.length).toBeGreaterThan(10);
    }
    expect(events.some((e) => e.summary.includes('Dana Hill'))).toBe(true);
  });
});

describe('the popup', () => {
  it('reminds to back up when the last backup is too old, and not after a backup', async () => {
    const extension = await launchExtension();
    await seed(extension);
    const bridge = await extension.bridge();
    await withBridge(bridge, (lk) => lk.meta.setMeta('lastBackupAt', Date.now() - 45 * 24 * 60 * 60 * 1000));
    const popup = await extension.open('src/popup/index.html');
    await popup.getByText('Time for a backup').waitFor();
    await popup.getByText('Your last backup was 45 days ago.').waitFor();
    const link = popup.getByRole('link', { name: 'Back up in the dashboard' });
    expect(await link.getAttribute('href')).toBe('/src/dashboard/index.html#/data');

    await withBridge(bridge, (lk) => lk.meta.setMeta('lastBackupAt', Date.now()));
    const again = await extension.open('src/popup/index.html');
    await again.getByRole('heading', { name: /Today/ }).waitFor();
    await again.getByText('Dana Hill').first().waitFor();
    expect(await again.getByText('Time for a backup').count()).toBe(0);
  });
});
