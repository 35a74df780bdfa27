import browser from 'webextension-polyfill';
import { countDue } from '../db/due';
import { localDate } from '../domain/today';

/** "99+" past two digits, nothing at all when nothing is due. */
export function badgeText(count: number): string {
  return count === 0 ? '' : count > 99 ? '99+' : String(count);
}

/**
 * Shows how many reminders are due today or overdue on the toolbar button. Called when a page says
 * the data changed, when the worker starts, at the daily alarm and when the day turns at midnight.
 */
export async function refreshBadge(now = new Date()): Promise<number> {
  const count = await countDue(localDate(now));
  await browser.action.setBadgeText({ text: badgeText(count) });
  await browser.action.setBadgeBackgroundColor({ color: '#1f4e79' });
  return count;
}
