import { afterEach, describe, expect, it } from 'vitest';
import catalog from '../../public/_locales/de/messages.json';
import { countdown, formatDate, relativeDay } from '../../src/dashboard/format';
import {
  formatDateTime,
  formatLongDate,
  formatMonth,
  formatNumber,
  formatShortDay,
  plural,
  uiLanguage,
} from '../../src/i18n/format';
import { t } from '../../src/i18n/i18n';
import { dueLabel } from '../../src/popup/wording';

type I18n = { getMessage(key: string): string; getUILanguage?(): string };
const i18n = (globalThis as unknown as { chrome: { i18n: I18n } }).chrome.i18n;
const english = { ...i18n };
const german = catalog as Record<string, { message: string }>;

/** The browser as a German user has it: German interface, German catalogue. */
function speakGerman() {
  i18n.getUILanguage = () => 'de';
  i18n.getMessage = (key: string) => german[key]?.message ?? '';
}

afterEach(() => {
  i18n.getMessage = english.getMessage;
  i18n.getUILanguage = english.getUILanguage;
});

describe('formatting in the UI language', () => {
  it('takes the language from i18n.getUILanguage, and falls back to English on a tag Intl cannot read', () => {
    i18n.getUILanguage = () => 'de';
    expect(uiLanguage()).toBe('de');
    i18n.getUILanguage = () => 'not a language tag!';
    expect(uiLanguage()).toBe('en');
  });

  it('writes dates the German way for a German interface, and the English way for an English one', () => {
    i18n.getUILanguage = () => 'en-GB';
    expect(formatLongDate('2026-12-02')).toBe('Wed, 2 Dec 2026');
    expect(formatMonth('2026-03-31')).toBe('March 2026');
    speakGerman();
    expect(formatLongDate('2026-12-02')).toBe('Mi., 2. Dez. 2026');
    expect(formatShortDay('2026-12-02')).toBe('Mi., 2. Dez.');
    expect(formatMonth('2026-03-31')).toBe('März 2026');
    expect(formatDateTime('2026-12-02T13:05:00')).toBe('02.12.2026, 13:05');
    expect(formatDate('2026-12-02')).toBe('Mi., 2. Dez. 2026');
  });

  it('reads a calendar date as that day wherever the user is (no shift through UTC)', () => {
    i18n.getUILanguage = () => 'en-GB';
    expect(formatLongDate('2026-01-01')).toBe('Thu, 1 Jan 2026');
  });

  it('writes numbers in messages as the language does', () => {
    i18n.getUILanguage = () => 'en-US';
    expect(formatNumber(12345)).toBe('12,345');
    expect(t('data_restore_merged', { file: 'b.json', count: 12345 })).toContain('(12,345 records');
    speakGerman();
    expect(formatNumber(12345)).toBe('12.345');
    expect(t('data_restore_merged', { file: 'b.json', count: 12345 })).toContain('(12.345 Datensätze');
  });

  it('picks the plural form through the language’s plural rules', () => {
    const forms = { one: 'dashboard_person_count', other: 'dashboard_people_count' } as const;
    expect(plural(1, forms)).toBe('1 person');
    expect(plural(0, forms)).toBe('0 people');
    expect(plural(2, forms)).toBe('2 people');
    speakGerman();
    expect(plural(1, forms)).toBe('1 Person');
    expect(plural(1500, forms)).toBe('1.500 Personen');
  });

  it('says when in German in the popup and the dashboard', () => {
    speakGerman();
    expect(dueLabel('2026-11-29', '2026-12-02')).toBe('3 Tage überfällig');
    expect(dueLabel('2026-12-01', '2026-12-02')).toBe('1 Tag überfällig');
    expect(dueLabel('2026-12-06', '2026-12-02')).toBe('In 4 Tagen');
    expect(relativeDay('2026-11-30', '2026-12-02')).toBe('überfällig seit Mo., 30. Nov. 2026');
    expect(countdown('2026-12-03', '2026-12-02')).toBe('noch 1 Tag');
    expect(countdown('2026-12-01', '2026-12-02')).toBe('1 Tag nach der Frist');
    expect(countdown('2026-11-30', '2026-12-02')).toBe('2 Tage nach der Frist');
  });

  it('says "1 day past the deadline" in English, not "1 days"', () => {
    expect(countdown('2026-12-01', '2026-12-02')).toBe('1 day past the deadline');
  });
});
