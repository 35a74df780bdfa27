/**
 * Dates and plurals in the browser's interface language (language.ts), the one the catalogue's text
 * is picked in, so "2. Dezember 2026" sits in a German sentence and "2 December 2026" in an English one. Calendar dates ('2026-12-02') are read as a local
 * day at noon, so no time zone can move them to the day before or after.
 */
import type { CalendarDate } from '../domain/types';
import { type MessageKey, type MessageValues, t } from './i18n';
import { cachedFormatter, formatNumber, uiLanguage } from './language';

export { formatNumber, uiLanguage };

function localNoon(date: CalendarDate): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}

function dateWith(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cachedFormatter('date', options, (language) => new Intl.DateTimeFormat(language, options));
}

/** "Thu, 12 Mar 2026" / "Do., 12. März 2026": a calendar date with its weekday and year. */
export function formatLongDate(date: CalendarDate): string {
  return dateWith({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(
    localNoon(date),
  );
}

/** "Tue, Mar 17" / "Di., 17. März": a day close to today, without the year. */
export function formatShortDay(date: CalendarDate): string {
  return dateWith({ weekday: 'short', month: 'short', day: 'numeric' }).format(localNoon(date));
}

/** "March 2026" / "März 2026". */
export function formatMonth(date: CalendarDate): string {
  return dateWith({ month: 'long', year: 'numeric' }).format(localNoon(date));
}

/** "12 Mar 2026, 14:05" / "12.03.2026, 14:05": a moment (milliseconds since the epoch, or an ISO string). */
export function formatDateTime(instant: number | string): string {
  return dateWith({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

/**
 * The message for `count` in the plural form the UI language uses: `forms.one` where the language
 * says "one" (1 in English and German, also 21 in Russian…), `forms.other` for every other form, with
 * {count} written as the language writes numbers.
 */
export function plural(
  count: number,
  forms: { one: MessageKey; other: MessageKey },
  values: MessageValues = {},
): string {
  const rules = cachedFormatter('plural', {}, (language) => new Intl.PluralRules(language));
  const key = rules.select(count) === 'one' ? forms.one : forms.other;
  return t(key, { ...values, count });
}
