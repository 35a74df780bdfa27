import { beforeEach, describe, expect, it } from 'vitest';
import { performReminderAction, reminderActionText } from '../../src/dashboard/views/agenda/reminder-act';
import type { LoopkeeperDatabase } from '../../src/db/database';
import { addMonths } from '../../src/domain/dates';
import { localDate } from '../../src/domain/today';
import { freshPopupDatabase, seedJobSearch } from '../popup/seed';

const today = localDate();
let db: LoopkeeperDatabase;
beforeEach(async () => {
  db = await freshPopupDatabase();
});

describe("the dashboard's side of the shared reminder actions", () => {
  it('performs each action with the repository functions', async () => {
    const { dana, lee } = await seedJobSearch(today);
    const of = (personId: string) =>
      db.reminders.filter((r) => r.personId === personId && r.kind === 'rejection-follow-up').first();
    const danas = await of(dana.id);
    const lees = await of(lee.id);
    await performReminderAction(danas?.id ?? '', { type: 'sent', channel: 'call' }, today);
    expect((await db.touches.toArray()).map((touch) => touch.channel)).toEqual(['call']);
    await performReminderAction(lees?.id ?? '', { type: 'snooze', period: 'month' }, today);
    expect((await of(lee.id))?.showOn).toBe(addMonths(today, 1));
    const review = await db.reminders.filter((r) => r.kind === 'process-review').first();
    await performReminderAction(review?.id ?? '', { type: 'dismiss' }, today);
    expect((await db.reminders.get(review?.id ?? ''))?.status).toBe('dismissed');
  });

  it('says what it did, naming the reminder', () => {
    const what = 'Follow-up after a no for Dana Hill';
    expect(reminderActionText({ type: 'sent', channel: 'linkedin' }, what)).toBe(`Sent by LinkedIn: ${what}`);
    expect(reminderActionText({ type: 'snooze', period: 'week' }, what)).toBe(`Snoozed for A week: ${what}`);
    expect(reminderActionText({ type: 'dismiss' }, what)).toBe(`Dismissed: ${what}`);
    expect(reminderActionText({ type: 'done' }, what)).toBe(`Marked done: ${what}`);
  });
});
