import browser from 'webextension-polyfill';
import { countDueReminders } from '../db/reminders';
import { localDate } from '../domain/today';

/** Shows how many reminders are due today or overdue on the toolbar button (nothing when none). */
export async function refreshBadge(): Promise<number> {
  const count = await countDueReminders(localDate());
  await browser.action.setBadgeText({ text: count === 0 ? '' : count > 99 ? '99+' : String(count) });
  await browser.action.setBadgeBackgroundColor({ color: '#1f4e79' });
  return count;
}
