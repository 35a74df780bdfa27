/**
 * A capture save is done once per id: the same id again answers as the first time and stores nothing
 * more; capture-save-status says whether it landed; Undo takes the receipt with the save; old receipts
 * are swept.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => (await import('../capture/fake-browser')).fakeBrowserModule);
const { resetFakeBrowser } = await import('../capture/fake-browser');
const { captureHandlers } = await import('../../src/background/capture-handlers');
const { freshDatabase } = await import('../helpers/db');
const { readSnapshot } = await import('../../src/db/backup/snapshot');
const { RECEIPT_LIFETIME_MS, writeReceipt } = await import('../../src/db/save-receipts');
const { database } = await import('../../src/db/database');
type CaptureSave = import('../../src/messages').CaptureSave;

const sender = { tab: { id: 3 } } as never;
const request = (saveId: string): CaptureSave => ({
  saveId,
  pageUrl: 'https://www.linkedin.com/in/dana-hill/',
  people: [{ person: { name: 'Dana Hill', company: 'Acme' } }],
  loop: { company: 'Acme', role: 'Head of Growth' },
  role: 'hiring-manager',
  hitItOff: false,
  met: [],
});

beforeEach(async () => {
  resetFakeBrowser();
  await freshDatabase();
});

describe('capture save receipts', () => {
  it('the same save id twice stores one loop and one person, and answers the same', async () => {
    const id = crypto.randomUUID();
    const first = await captureHandlers['capture-save'](request(id), sender);
    const again = await captureHandlers['capture-save'](request(id), sender);
    const { undoToken: _a, ...firstReply } = first;
    const { undoToken: _b, ...againReply } = again;
    expect(againReply).toEqual(firstReply);
    const data = await readSnapshot();
    expect([data.loops.length, data.people.length, data.participations.length]).toEqual([1, 1, 1]);
    // Another save id is another save (the user captured the page a second time).
    await captureHandlers['capture-save'](request(crypto.randomUUID()), sender);
    expect((await readSnapshot()).people.length).toBe(2);
  });

  it('capture-save-status: the landed save with an Undo that works, null for one that never landed', async () => {
    const id = crypto.randomUUID();
    expect(await captureHandlers['capture-save-status']({ saveId: id }, sender)).toEqual({ saved: null });
    await captureHandlers['capture-save'](request(id), sender);
    const { saved } = await captureHandlers['capture-save-status']({ saveId: id }, sender);
    expect(saved?.saved).toEqual(['Dana Hill']);
    expect(await captureHandlers['capture-undo']({ token: saved?.undoToken ?? '' })).toEqual({
      undone: true,
    });
    expect((await readSnapshot()).people).toEqual([]);
    // Undone: the receipt went with the save, so the status is "not saved" and Save again saves anew.
    expect(await captureHandlers['capture-save-status']({ saveId: id }, sender)).toEqual({ saved: null });
    await captureHandlers['capture-save'](request(id), sender);
    expect((await readSnapshot()).people.length).toBe(1);
  });

  it('receipts older than a day are swept by the next save', async () => {
    const old = crypto.randomUUID();
    await database().transaction('rw', database().meta, () =>
      writeReceipt(old, { reply: {}, record: {} }, Date.now() - RECEIPT_LIFETIME_MS - 1),
    );
    await captureHandlers['capture-save'](request(crypto.randomUUID()), sender);
    const keys = (await readSnapshot()).meta
      .map((row) => row.key)
      .filter((key) => key.startsWith('captureSave:'));
    expect(keys).toHaveLength(1);
    expect(keys).not.toContain(`captureSave:${old}`);
  });
});
