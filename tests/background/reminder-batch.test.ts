import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({
  default: {
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined },
  },
}));

import { reminderHandlers } from '../../src/background/reminder-handlers';
import type { LoopkeeperDatabase } from '../../src/db/database';
import { localDate } from '../../src/domain/today';
import { freshPopupDatabase, seedJobSearch } from '../popup/seed';

const today = localDate();
const sender = {};
let db: LoopkeeperDatabase;
beforeEach(async () => {
  db = await freshPopupDatabase();
});

async function followUps() {
  return db.reminders.filter((r) => r.kind === 'rejection-follow-up').toArray();
}

describe('a batch of reminder actions (a group’s Mark all sent)', () => {
  it('marks each sent with a touch by its channel, and one undo puts every one back', async () => {
    await seedJobSearch(today);
    const items = (await followUps()).map((r) => ({
      id: r.id,
      action: { type: 'sent' as const, channel: 'email' as const },
    }));
    const changes = await reminderHandlers['reminder-act-many']({ on: today, items }, sender);
    expect(changes.map((c) => c.reminder.status)).toEqual(['done', 'done']);
    expect(await db.touches.count()).toBe(2);
    await reminderHandlers['reminder-undo-many'](
      {
        items: changes.map((c) => ({
          id: c.reminder.id,
          undo: { previous: { ...c.undo.previous }, touchId: c.undo.touchId },
        })),
      },
      sender,
    );
    expect((await followUps()).map((r) => r.status)).toEqual(['open', 'open']);
    expect(await db.touches.count()).toBe(0);
  });

  it('does all or none: one reminder that cannot be acted on leaves the others as they were', async () => {
    await seedJobSearch(today);
    const [first] = await followUps();
    const items = [
      { id: first?.id ?? '', action: { type: 'sent' as const, channel: 'email' as const } },
      { id: 'no-such-reminder', action: { type: 'done' as const } },
    ];
    await expect(reminderHandlers['reminder-act-many']({ on: today, items }, sender)).rejects.toThrow();
    expect((await followUps()).map((r) => r.status)).toEqual(['open', 'open']);
    expect(await db.touches.count()).toBe(0);
  });
});
