/**
 * The daily rhythm: one notification a day at the time in settings summarising what is due, and the
 * badge kept right when the day turns. Browsers may clear alarms (an update, a crash, a restart), so
 * `scheduleAlarms` runs whenever the worker starts and on install, update and browser start.
 *
 * "Once a day" is kept in meta ('lastNotifiedOn'), not in the alarm: an alarm that fires twice, a
 * worker that starts three times, or a browser closed through the notification time all lead to one
 * notification that day. When the browser was closed at the time, the first start after it catches up
 * once (today's summary includes what became overdue meanwhile), and never again that day.
 */
import browser from 'webextension-polyfill';
import { countDue, detailsOf, listPendingPage } from '../db/due';
import { getMeta, setMeta } from '../db/meta';
import { updateToCurrentRules } from '../db/playbook-rules';
import { expireReminders } from '../db/reminders';
import { getSettings } from '../db/settings';
import { localDate } from '../domain/today';
import type { CalendarDate, Reminder } from '../domain/types';
import { plural } from '../i18n/format';
import { t } from '../i18n/i18n';
import { kindKey } from '../i18n/labels';
import { refreshBadge } from './badge';

export const DAILY_ALARM = 'loopkeeper-daily';
export const MIDNIGHT_ALARM = 'loopkeeper-midnight';
export const DAILY_NOTIFICATION = 'loopkeeper-daily';
/** The popup's list, laid out for a tab: where a click on the notification leads. */
export const LIST_IN_TAB = 'src/popup/index.html?view=tab';
/** Reminders named in the notification; the rest are counted. */
const NAMED = 3;

function atTime(time: string, day: Date): Date {
  const [hours = 9, minutes = 0] = time.split(':').map(Number);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes, 0, 0);
}

/** The next local `time` ('HH:MM') after `now`: today's when still ahead, else tomorrow's (by the local clock, so DST holds). */
export function nextDailyAt(time: string, now: Date): number {
  const at = atTime(time, now);
  if (at.getTime() <= now.getTime()) at.setDate(at.getDate() + 1);
  return at.getTime();
}

/** A few seconds past the next local midnight, when `localDate()` has surely turned. */
export function nextMidnight(now: Date): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 5).getTime();
}

/** Today's notification time has come (or passed). */
export function timeHasCome(time: string, now: Date): boolean {
  return atTime(time, now).getTime() <= now.getTime();
}

/** Creates the daily and midnight alarms, unless they already exist at the right time. */
export async function scheduleAlarms(now = new Date()): Promise<void> {
  const { notificationTime } = await getSettings();
  const wanted: [string, number][] = [
    [DAILY_ALARM, nextDailyAt(notificationTime, now)],
    [MIDNIGHT_ALARM, nextMidnight(now)],
  ];
  for (const [name, when] of wanted) {
    const existing = await browser.alarms.get(name);
    if (existing && Math.abs(existing.scheduledTime - when) < 60_000) continue;
    await browser.alarms.create(name, { when });
  }
}

/** The notification's title and lines, or null when nothing is due. */
export async function dueSummary(today: CalendarDate): Promise<{ title: string; message: string } | null> {
  const count = await countDue(today);
  if (count === 0) return null;
  const { reminders } = await listPendingPage({
    from: '',
    to: today,
    today,
    limit: NAMED,
    latestFirst: true,
  });
  const details = await detailsOf(reminders);
  const who = (r: Reminder) => {
    const person = r.personId ? details.people.get(r.personId) : undefined;
    const loop = r.loopId ? details.loops.get(r.loopId) : undefined;
    return person?.name ?? (loop ? details.companies.get(loop.companyId)?.name : undefined) ?? '';
  };
  const lines = reminders.map((r) => t('notify_line', { kind: t(kindKey(r.kind)), name: who(r) }));
  if (count > reminders.length) lines.push(t('notify_more', { count: count - reminders.length }));
  return {
    title: plural(count, { one: 'notify_title_one', other: 'notify_title' }),
    message: lines.join('\n'),
  };
}

// One pass at a time: the worker's start, the alarm and onStartup may all ask at once.
let queue: Promise<unknown> = Promise.resolve();
function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

/** Shows today's notification unless it was already shown today (or notifications are off). */
export function notifyOnce(now = new Date()): Promise<boolean> {
  return exclusive(async () => {
    const today = localDate(now);
    const settings = await getSettings();
    if (!settings.notificationsEnabled || (await getMeta('lastNotifiedOn')) === today) return false;
    // Recorded first: whatever happens next, today is never notified twice.
    await setMeta('lastNotifiedOn', today);
    const summary = await dueSummary(today);
    if (!summary) {
      await browser.notifications.clear(DAILY_NOTIFICATION);
      return false;
    }
    await browser.notifications.create(DAILY_NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: summary.title,
      message: summary.message,
    });
    return true;
  });
}

/** The daily alarm: thank-yous left too long expire, the badge recounts, the day's notification shows. */
export async function dailyPass(now = new Date()): Promise<void> {
  await expireReminders(localDate(now));
  await refreshBadge(now);
  await notifyOnce(now);
}

/** At a start after the notification time, a day not yet notified is caught up, once. */
export async function catchUp(now = new Date()): Promise<void> {
  const { notificationTime, notificationsEnabled } = await getSettings();
  if (!notificationsEnabled || !timeHasCome(notificationTime, now)) return;
  if ((await getMeta('lastNotifiedOn')) === localDate(now)) return;
  await dailyPass(now);
}

export async function onAlarm(alarm: { name: string }): Promise<void> {
  if (alarm.name === DAILY_ALARM) await dailyPass();
  else if (alarm.name === MIDNIGHT_ALARM) {
    await expireReminders(localDate());
    await refreshBadge();
  } else return;
  await scheduleAlarms();
}

/** A click on the daily notification opens the list in a tab (creating a tab needs no permission). */
export async function onNotificationClicked(id: string): Promise<void> {
  if (id !== DAILY_NOTIFICATION) return;
  await browser.tabs.create({ url: browser.runtime.getURL(LIST_IN_TAB) });
  await browser.notifications.clear(id);
}

/** What a start does: the playbook's rules brought up to date, alarms re-created, the badge recounted, a missed notification caught up. */
export async function startUp(now = new Date()): Promise<void> {
  // A database planned under older playbook rules is replanned once, before anything is counted.
  await updateToCurrentRules();
  await scheduleAlarms(now);
  await refreshBadge(now);
  await catchUp(now);
}

let started: Promise<void> | undefined;
/**
 * Whenever the worker starts, and on install, update and browser start: once per worker lifetime,
 * however many of those events wake it together.
 */
export function onWorkerStart(): Promise<void> {
  started ??= startUp();
  return started;
}
