/**
 * Every user-visible string comes from _locales/<lang>/messages.json through `t`. Keys are typed from
 * the English catalogue, so a missing key fails the typecheck; tests/meta/locales.test.ts also checks
 * keys built at run time. Placeholders are written {name} and filled here (not with the browser's $1
 * system) so one message reads the same in the catalogue, the tests and the UI.
 */
import type catalog from '../../public/_locales/en/messages.json';
import { formatNumber } from './language';

export type MessageKey = keyof typeof catalog;
export type MessageValues = Record<string, string | number | undefined>;

interface I18nApi {
  getMessage(key: string): string;
}

function api(): I18nApi | undefined {
  const scope = globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  return scope.browser?.i18n ?? scope.chrome?.i18n;
}

export function t(key: MessageKey, values: MessageValues = {}): string {
  const message = api()?.getMessage(key) || key;
  return fill(message, values);
}

/**
 * Replaces {name} with values.name; an unknown or empty value becomes '' (never "undefined"). A number
 * is written as the UI language writes it ("1.234 Datensätze").
 */
export function fill(message: string, values: MessageValues): string {
  return message.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) return '';
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}
