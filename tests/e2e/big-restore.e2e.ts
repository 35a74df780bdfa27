/**
 * A large backup in Chromium: "Back up now" and the restore run in the Data view's backup worker with
 * their progress shown and every choice held; and a restore stopped in the middle — by closing the
 * page, which ends the worker it runs in — leaves the data either exactly as before or exactly the
 * backup's, never a mix.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, seedLoops } from '../../scripts/bench-seed';
import { type Extension, launchExtension, withBridge } from './harness';

/** 300 loops of five people: some 1,500 people and 10,000 records in all, seeded by the product. */
const LOOPS = 300;
const BATCH = 50;
const MARKER = 'Marker Before Restore';

let extension: Extension;
/** The backup file, under its own name (choosing it by path: a large buffer would be sent over the protocol). */
let backup: { name: string; path: string; text: string };

type Counts = Record<string, number>;

async function counts(): Promise<{ counts: Counts; marker: boolean }> {
  const bridge = await extension.bridge();
  try {
    return await withBridge(
      bridge,
      async (lk, name: string) => ({
        counts: await lk.counts(),
        marker: (await lk.people.searchPeopleByName(name)).length > 0,
      }),
      MARKER,
    );
  } finally {
    await bridge.close();
  }
}

/** The state before each restore: the backup's data plus one person added after it was taken. */
async function addMarker(): Promise<void> {
  const bridge = await extension.bridge();
  await withBridge(bridge, (lk, name: string) => lk.people.createPerson({ name }), MARKER);
  await bridge.close();
}

async function dataView(): Promise<Page> {
  const page = await extension.open('src/dashboard/index.html#/data');
  await page.getByRole('heading', { name: 'Your data' }).waitFor();
  return page;
}

/** Chooses the backup, waits for its preview, and confirms Replace. */
async function startReplace(page: Page): Promise<void> {
  await page.getByLabel('Choose a backup file').setInputFiles(backup.path);
  await page.getByText(`${backup.name} is a valid backup`).waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Replace everything…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Replace', exact: true }).click();
}

beforeAll(async () => {
  extension = await launchExtension();
  const bridge = await extension.bridge();
  const today = new Date().toISOString().slice(0, 10);
  for (let from = 0; from < LOOPS; from += BATCH) {
    await run(bridge, seedLoops, { from, count: BATCH, total: LOOPS, today, peoplePerLoop: 5 });
  }
  await bridge.close();
}, 900_000);

afterAll(async () => {
  await extension.close();
});

describe('a large backup', () => {
  it('backs up the large database from the backup worker to a file', async () => {
    const page = await dataView();
    const button = page.getByRole('button', { name: 'Back up now' });
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
    const name = file.suggestedFilename();
    const path = join(mkdtempSync(join(tmpdir(), 'loopkeeper-big-')), name);
    copyFileSync(await file.path(), path);
    backup = { name, path, text: readFileSync(path, 'utf8') };
    expect(backup.text.length).toBeGreaterThan(2_000_000);
    await page.getByRole('button', { name: 'Back up now' }).waitFor();
    await page.close();
  }, 300_000);

  it('restores with progress shown and Replace, Merge, Cancel and the file held until done', async () => {
    const fresh = await counts();
    await addMarker();
    const page = await dataView();
    await startReplace(page);
    const status = page.getByRole('status').filter({ hasText: /Writing records|Planning the reminders/ });
    await status.waitFor();
    await expect.poll(() => page.getByRole('progressbar').count()).toBeGreaterThan(0);
    for (const name of ['Replace everything…', 'Merge into my data…', 'Cancel']) {
      expect(await page.getByRole('button', { name, exact: true }).isDisabled(), name).toBe(true);
    }
    expect(await page.getByLabel('Choose a backup file').isDisabled()).toBe(true);
    await page.getByText(/your data is now exactly what the backup holds/).waitFor({ timeout: 300_000 });
    expect(await page.getByLabel('Choose a backup file').isDisabled()).toBe(false);
    await page.close();
    expect(await counts()).toEqual(fresh);
  }, 600_000);

  it('stopped at any moment of the restore, leaves the old data or the new, never a mix', async () => {
    const backupState = await counts(); // right after the restore above: exactly the file's data
    expect(backupState.marker).toBe(false);
    await addMarker();
    const oldState = await counts();
    expect(oldState.counts.people).toBe((backupState.counts.people ?? 0) + 1);

    const outcomes: string[] = [];
    for (const delay of [0, 150, 400, 900, 2000]) {
      const page = await dataView();
      await startReplace(page);
      // The transaction is open once records are being written: stop the page (and its worker) then.
      await page.getByText(/Writing records/).waitFor({ timeout: 120_000 });
      await page.waitForTimeout(delay);
      await page.close();
      const after = await counts();
      if (after.marker) {
        expect(after, `stopped ${delay} ms into writing`).toEqual(oldState);
        outcomes.push('old');
      } else {
        expect(after, `stopped ${delay} ms into writing`).toEqual(backupState);
        outcomes.push('new');
        await addMarker();
      }
    }
    // At least one stop landed inside the transaction (else this test would prove nothing).
    expect(outcomes, outcomes.join(', ')).toContain('old');
  }, 900_000);
});
