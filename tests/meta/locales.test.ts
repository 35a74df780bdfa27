import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import catalog from '../../public/_locales/en/messages.json';
import { LOOP_STATUSES, PARTICIPANT_ROLES } from '../../src/domain/types';
import { roleKey, statusKey } from '../../src/i18n/labels';
import { sourceFiles } from './source-files';

const keys = new Set(Object.keys(catalog));

describe('locale catalogue', () => {
  it('has every key the code uses literally', () => {
    const used = new Set<string>();
    for (const file of sourceFiles()) {
      for (const match of file.text.matchAll(/\bt\(\s*['"]([A-Za-z0-9_@]+)['"]/g))
        used.add(match[1] as string);
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((key) => !keys.has(key))).toEqual([]);
  });

  it('has a label for every loop status and every role', () => {
    const missing = [...LOOP_STATUSES.map(statusKey), ...PARTICIPANT_ROLES.map(roleKey)].filter(
      (key) => !keys.has(key),
    );
    expect(missing).toEqual([]);
  });

  it('uses only key names the browsers accept, and every message has text', () => {
    for (const [key, entry] of Object.entries(catalog as Record<string, { message: string }>)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.trim()).not.toBe('');
    }
  });
});

/**
 * Every locale says everything the English catalogue says, and nothing it does not: each key present in
 * both directions, with the same {placeholders} (a translation that drops {name} loses the name; one that
 * invents {nmae} shows nothing). A failure lists the keys to translate, by locale.
 */
type Catalog = Record<string, { message: string }>;

const LOCALES_DIR = resolve(import.meta.dirname, '../../public/_locales');
const read = (locale: string): Catalog =>
  JSON.parse(readFileSync(resolve(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Catalog;

const english = read('en');
const others = readdirSync(LOCALES_DIR).filter((locale) => locale !== 'en');

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** "missing in de (translate them): a, b" — one line a reader can act on, or '' when all is well. */
function listed(what: string, keys: string[]): string {
  return keys.length ? `${what} (${keys.length}):\n  ${keys.join('\n  ')}` : '';
}

describe('locales', () => {
  it('has a German catalogue besides the English one', () => {
    expect(others).toContain('de');
  });

  describe.each(others)('%s', (locale) => {
    const catalog = read(locale);

    it('has every key of the English catalogue', () => {
      const missing = Object.keys(english).filter((key) => !(key in catalog));
      expect(missing, listed(`keys missing in ${locale} — translate them`, missing)).toEqual([]);
    });

    it('has no key the English catalogue lacks', () => {
      const extra = Object.keys(catalog).filter((key) => !(key in english));
      expect(extra, listed(`keys in ${locale} that English no longer has — remove them`, extra)).toEqual([]);
    });

    it('keeps the placeholders of every message, no more and no fewer', () => {
      const differing = Object.keys(english)
        .filter((key) => key in catalog)
        .filter(
          (key) =>
            placeholders(english[key]?.message ?? '').join() !==
            placeholders(catalog[key]?.message ?? '').join(),
        )
        .map(
          (key) =>
            `${key}: en {${placeholders(english[key]?.message ?? '').join('} {')}} vs ${locale} {${placeholders(catalog[key]?.message ?? '').join('} {')}}`,
        );
      expect(differing, listed(`messages in ${locale} with other placeholders`, differing)).toEqual([]);
    });

    it('gives every message a text', () => {
      const empty = Object.entries(catalog)
        .filter(([, entry]) => !entry.message?.trim())
        .map(([key]) => key);
      expect(empty, listed(`empty messages in ${locale}`, empty)).toEqual([]);
    });
  });
});
