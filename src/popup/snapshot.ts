/**
 * The last list the popup drew, kept in the extension's own localStorage so the next opening can paint
 * it in the very first frame, before IndexedDB is even open. It is a cache, never a source of truth:
 * the popup reads the database through its indexes on every opening and replaces the cached list a
 * moment later (and writes the new one back). Used only for the same calendar day, since sections
 * (overdue, today, upcoming) depend on the date. Nothing here leaves the extension's origin.
 */
import type { TodayList } from './load';

const KEY = 'loopkeeper:popup-list';
const VERSION = 1;

export function readCachedList(today: string): TodayList | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const cached = JSON.parse(raw) as { version?: number; list?: TodayList };
    if (cached.version !== VERSION || cached.list?.today !== today || !Array.isArray(cached.list.sections)) {
      return null;
    }
    return cached.list;
  } catch {
    return null;
  }
}

export function writeCachedList(list: TodayList): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ version: VERSION, list }));
  } catch {
    // Storage full or unavailable: the popup simply reads the database first next time.
  }
}
