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
