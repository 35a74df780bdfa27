import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the parts of the extension API the worker's daily rhythm uses. */
const fake = vi.hoisted(() => {
  const state = {
    alarms: new Map<string, { name: string; scheduledTime: number }>(),
    notifications: new Map<string, { title: string; message: string }>(),
    created: 0,
    badge: '',
    tabs: [] as string[],
  };
  const api = {
    alarms: {
      get: async (name: string) => state.alarms.get(name),
      create: async (name: string, info: { when: number }) => {
        state.alarms.set(name, { name, scheduledTime: info.when });
      },
    },
    notifications: {
      create: async (id: string, options: { title: string; message: string }) => {
        state.created += 1;
        state.notifications.set(id, options);
        return id;
      },
      clear: async (id: string) => state.notifications.delete(id),
    },
    action: {
      setBadgeText: async ({ text }: { text: string }) => {
        state.badge = text;
      },
      setBadgeBackgroundColor: async () => undefined,
    },
    tabs: { create: async ({ url }: { url: string }) => state.tabs.push(url) },
    runtime: { getURL: (path: string) => `chrome-extension://test/${path}` },
  };
  return { state, api };
});
vi.mock('webextension-polyfill', () => ({ default: fake.api }));

import { badgeText, refreshBadge } from '../../src/background/badge';
import {
  catchUp,
  DAILY_ALARM,
  DAILY_NOTIFICATION,
  dailyPass,
  MIDNIGHT_ALARM,
  nextDailyAt,
  nextMidnight,
  notifyOnce,
  onAlarm,
  onNotificationClicked,
  scheduleAlarms,
  startUp,
  timeHasCome,
} from '../../src/background/daily';
import { getMeta, setMeta } from '../../src/db/meta';
import { completeReminder, listRemindersOfLoop } from '../../src/db/reminders';
import { updateSettings } from '../../src/db/settings';
import { localDate } from '../../src/domain/today';
import { freshPopupDatabase, seedJobSearch } from './seed';

// Local times: the tests hold in any time zone.
const at = (day: string, time: string) => new Date(`${day}T${time}:00`);
const today = '2026-03-11';

beforeEach(async () => {
  await freshPopupDatabase();
  fake.state.alarms.clear();
  fake.state.notifications.clear();
  fake.state.created = 0;
  fake.state.badge = '';
  fake.state.tabs = [];
});

describe('alarm times', () => {
  it('is today at the time while it is ahead, else tomorrow', () => {
    expect(nextDailyAt('09:00', at(today, '08:59'))).toBe(at(today, '09:00').getTime());
    expect(nextDailyAt('09:00', at(today, '09:00'))).toBe(at('2026-03-12', '09:00').getTime());
    expect(nextDailyAt('21:30', at('2026-12-31', '22:00'))).toBe(at('2027-01-01', '21:30').getTime());
    expect(nextMidnight(at(today, '23:59'))).toBe(new Date('2026-03-12T00:00:05').getTime());
    expect(timeHasCome('09:00', at(today, '09:00'))).toBe(true);
    expect(timeHasCome('09:00', at(today, '08:00'))).toBe(false);
  });

  it('creates the daily and midnight alarms, keeps right ones and moves them when the time changes', async () => {
    await scheduleAlarms(at(today, '10:00'));
    expect(fake.state.alarms.get(DAILY_ALARM)?.scheduledTime).toBe(at('2026-03-12', '09:00').getTime());
    expect(fake.state.alarms.get(MIDNIGHT_ALARM)?.scheduledTime).toBe(
      new Date('2026-03-12T00:00:05').getTime(),
    );
    const create = vi.spyOn(fake.api.alarms, 'create');
    await scheduleAlarms(at(today, '10:05'));
    expect(create).not.toHaveBeenCalled();
    await updateSettings({ notificationTime: '18:15' });
    await scheduleAlarms(at(today, '10:06'));
    expect(create).toHaveBeenCalledTimes(1);
    expect(fake.state.alarms.get(DAILY_ALARM)?.scheduledTime).toBe(at(today, '18:15').getTime());
    create.mockRestore();
  });
});

describe('the badge', () => {
  it('shows how many are due today or overdue, nothing when none, 99+ past two digits', async () => {
    expect(await refreshBadge(at(today, '12:00'))).toBe(0);
    expect(fake.state.badge).toBe('');
    await seedJobSearch(today);
    expect(await refreshBadge(at(today, '12:00'))).toBe(5);
    expect(fake.state.badge).toBe('5');
    expect(badgeText(100)).toBe('99+');
  });
});

describe('the daily notification', () => {
  it('summarises what is due, once a day', async () => {
    await seedJobSearch(today);
    expect(await notifyOnce(at(today, '09:00'))).toBe(true);
    const shown = fake.state.notifications.get(DAILY_NOTIFICATION);
    expect(shown?.title).toBe('5 follow-ups due today');
    expect(shown?.message.split('\n')).toHaveLength(4);
    expect(shown?.message).toMatch(/^(Follow-up after a no|Prepare your questions): /);
    expect(shown?.message).toMatch(/and 2 more — click to see them all$/);
    expect(await getMeta('lastNotifiedOn')).toBe(today);
    expect(await notifyOnce(at(today, '15:00'))).toBe(false);
    expect(fake.state.created).toBe(1);
  });

  it('shows nothing when nothing is due, or when notifications are off', async () => {
    expect(await notifyOnce(at(today, '09:00'))).toBe(false);
    expect(fake.state.created).toBe(0);
    await seedJobSearch(today);
    await updateSettings({ notificationsEnabled: false });
    await dailyPass(at('2026-03-12', '09:00'));
    expect(fake.state.created).toBe(0);
  });

  it('names a loop’s own task by its company', async () => {
    const { loop, offer } = await seedJobSearch(today);
    // Everything due but Globex's own task done: Acme's follow-ups and Globex's thank-yous.
    for (const r of [...(await listRemindersOfLoop(loop.id)), ...(await listRemindersOfLoop(offer.id))]) {
      if (r.status === 'open' && r.showOn <= today && r.kind !== 'offer-questions') {
        await completeReminder(r.id, { on: today });
      }
    }
    await notifyOnce(at(today, '09:00'));
    expect(fake.state.notifications.get(DAILY_NOTIFICATION)).toMatchObject({
      title: '1 follow-up due today',
      message: 'Prepare your questions: Globex',
    });
  });

  it('catches up a missed day once at the next start after the time, never before it, never twice', async () => {
    await seedJobSearch(today);
    await setMeta('lastNotifiedOn', '2026-03-09');
    await catchUp(at(today, '08:00'));
    expect(fake.state.created).toBe(0);
    await startUp(at(today, '11:00'));
    expect(fake.state.created).toBe(1);
    expect(fake.state.badge).toBe('5');
    await startUp(at(today, '11:30'));
    await catchUp(at(today, '23:00'));
    expect(fake.state.created).toBe(1);
  });

  it('runs once however many starts ask at the same moment', async () => {
    await seedJobSearch(today);
    await Promise.all([
      notifyOnce(at(today, '09:00')),
      notifyOnce(at(today, '09:00')),
      catchUp(at(today, '09:01')),
    ]);
    expect(fake.state.created).toBe(1);
  });

  it('fires from the alarm and re-creates the alarms for the next day', async () => {
    await seedJobSearch(localDate());
    await onAlarm({ name: DAILY_ALARM });
    expect(fake.state.created).toBe(1);
    expect(fake.state.alarms.has(DAILY_ALARM) && fake.state.alarms.has(MIDNIGHT_ALARM)).toBe(true);
    await onAlarm({ name: MIDNIGHT_ALARM });
    await onAlarm({ name: 'someone-else' });
    expect(fake.state.created).toBe(1);
  });

  it('opens the list in a tab when clicked', async () => {
    fake.state.notifications.set(DAILY_NOTIFICATION, { title: 't', message: 'm' });
    await onNotificationClicked('another');
    expect(fake.state.tabs).toEqual([]);
    await onNotificationClicked(DAILY_NOTIFICATION);
    expect(fake.state.tabs).toEqual(['chrome-extension://test/src/popup/index.html?view=tab']);
    expect(fake.state.notifications.has(DAILY_NOTIFICATION)).toBe(false);
  });
});
