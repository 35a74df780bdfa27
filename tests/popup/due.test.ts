import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { LoopkeeperDatabase } from '../../src/db/database';
import { countDue, countPending, detailsOf, isFirstRun, listPendingPage } from '../../src/db/due';
import { useReadDatabase } from '../../src/db/quick-read';
import { snoozeReminder } from '../../src/db/reminders';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '../../src/db/schema';
import { addDays } from '../../src/domain/dates';
import { freshPopupDatabase, seedJobSearch } from './seed';

const today = '2026-03-11';
let db: LoopkeeperDatabase;
beforeEach(async () => {
  db = await freshPopupDatabase();
});

describe('what is due, read through the [status+showOn] index', () => {
  it('pages a date range, earliest first, and says when there is more', async () => {
    await seedJobSearch(today);
    const upcoming = await listPendingPage({
      from: addDays(today, 1),
      to: addDays(today, 14),
      today,
      limit: 4,
    });
    expect(upcoming.reminders.map((r) => r.showOn)).toEqual([
      addDays(today, 1),
      addDays(today, 1),
      addDays(today, 2),
      addDays(today, 2),
    ]);
    expect(upcoming.more).toBe(true);
    const all = await listPendingPage({ from: addDays(today, 1), to: addDays(today, 14), today, limit: 50 });
    expect(all.more).toBe(false);
    expect(all.reminders.map((r) => r.kind).sort()).toEqual([
      'linkedin-connect',
      'linkedin-connect',
      'offer-hiring-manager',
      'offer-meet-more-people',
      'process-review',
      'rapport-call',
    ]);
  });

  it('reads the latest first when asked (overdue: yesterday before last year)', async () => {
    await seedJobSearch(today);
    const page = await listPendingPage({
      from: '',
      to: addDays(today, 14),
      today,
      limit: 3,
      latestFirst: true,
    });
    expect(page.reminders.map((r) => r.showOn)).toEqual([
      addDays(today, 6),
      addDays(today, 4),
      addDays(today, 2),
    ]);
  });

  it('merges snoozed reminders into the range by their new date', async () => {
    await seedJobSearch(today);
    const [first] = (await listPendingPage({ from: today, to: today, today, limit: 1 })).reminders;
    if (!first) throw new Error('nothing due today');
    await snoozeReminder(first.id, addDays(today, 3));
    const dueToday = await listPendingPage({ from: today, to: today, today, limit: 10 });
    expect(dueToday.reminders.map((r) => r.id)).not.toContain(first.id);
    const later = await listPendingPage({ from: addDays(today, 3), to: addDays(today, 3), today, limit: 10 });
    expect(later.reminders.find((r) => r.id === first.id)?.status).toBe('snoozed');
  });

  it('leaves out thank-yous whose expiry has come, even before the daily pass marks them', async () => {
    await seedJobSearch(today);
    // Due today-3 (the day of the meeting), they expire 14 days after: shown through today+10, gone
    // from today+11.
    expect(await countPending('', addDays(today, -1), addDays(today, 10))).toBe(2);
    const later = addDays(today, 11);
    expect(await countPending('', addDays(today, -1), later)).toBe(0);
    const expired = await listPendingPage({ from: '', to: later, today: later, limit: 100 });
    expect(expired.reminders.some((r) => r.kind === 'thank-you')).toBe(false);
  });

  it('counts what is due today or overdue for the badge', async () => {
    await seedJobSearch(today);
    expect(await countDue(today)).toBe(5);
    expect(await countDue(addDays(today, -5))).toBe(0);
  });

  it('counts exactly what the list shows, for any range and day, by the two indexes', async () => {
    await seedJobSearch(today);
    // Days before, during and after the thank-yous' window (they lapse from today+11 on).
    for (const day of [today, addDays(today, 10), addDays(today, 11), addDays(today, 30)]) {
      for (const [from, to] of [
        ['', addDays(day, -1)],
        [day, day],
        ['', addDays(day, 14)],
        [addDays(today, -3), addDays(today, -3)],
        [addDays(today, 1), addDays(today, 14)],
      ] as const) {
        const shown = await listPendingPage({ from, to, today: day, limit: 1000 });
        expect(await countPending(from, to, day), `${from}..${to} on ${day}`).toBe(shown.reminders.length);
      }
    }
  });

  it('counts a database the read connection finds still at schema version 3 by walking the range', async () => {
    const stored = (await db.reminders.toArray()).length;
    await seedJobSearch(today);
    const reminders = await db.reminders.toArray();
    const name = `loopkeeper-v3-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    old.version(3).stores(SCHEMA_V3);
    await old.open();
    await old.table('reminders').bulkAdd(reminders);
    old.close();
    useReadDatabase(name);
    expect(stored).toBe(0);
    expect(await countDue(today)).toBe(5);
    expect(await countPending('', addDays(today, -1), addDays(today, 11))).toBe(0);
  });

  it('fetches the people, loops, companies and roles the reminders name', async () => {
    const { dana, loop, acme, offer } = await seedJobSearch(today);
    const { reminders } = await listPendingPage({ from: today, to: today, today, limit: 10 });
    const details = await detailsOf(reminders);
    expect(details.people.get(dana.id)?.name).toBe('Dana Hill');
    expect(details.loops.has(loop.id) && details.loops.has(offer.id)).toBe(true);
    expect(details.companies.get(acme.id)?.name).toBe('Acme Corp');
    expect(details.roles.get(`${loop.id}|${dana.id}`)).toBe('hiring-manager');
  });

  it('knows a first run from an empty list', async () => {
    expect(await isFirstRun()).toBe(true);
    await seedJobSearch(today);
    expect(await isFirstRun()).toBe(false);
    expect(await db.reminders.count()).toBeGreaterThan(10);
  });

  it('never creates the database itself: on a first run every read answers "nothing"', async () => {
    const name = `loopkeeper-never-created-${Date.now()}`;
    useReadDatabase(name);
    expect(await isFirstRun()).toBe(true);
    expect(await countDue(today)).toBe(0);
    expect((await listPendingPage({ from: '', to: today, today, limit: 5 })).reminders).toEqual([]);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    // Dexie then creates it with its schema as usual, and the reads see it.
    const created = new LoopkeeperDatabase(name);
    await created.open();
    await created.people.add({ id: 'p1' } as never);
    useReadDatabase(name);
    expect(await isFirstRun()).toBe(false);
    created.close();
  });
});
