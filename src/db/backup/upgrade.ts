/**
 * Brings a backup written by an older Loopkeeper up to today's layout and schema before its records are
 * checked: first the file layout (BACKUP_VERSION), then the records, schema version by schema version,
 * with the same rewrites the database upgrades apply (src/db/upgrades.ts).
 */
import type { Person, Settings } from '../../domain/types';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { personToV2, personToV3, settingsToV3 } from '../upgrades';

type Tables = Record<string, unknown[]>;

/** Record rewrites to reach each schema version from the one before. */
const SCHEMA_STEPS: Record<number, (tables: Tables) => Tables> = {
  2: (tables) => ({ ...tables, people: (tables.people ?? []).map((p) => personToV2(p as Person)) }),
  3: (tables) => ({
    ...tables,
    people: (tables.people ?? []).map((p) => personToV3(p as Person)),
    settings: (tables.settings ?? []).map((s) => settingsToV3(s as Partial<Settings>)),
  }),
};

/**
 * Layout rewrites to reach each file version from the one before. Version 1 is the first layout; a
 * later change of layout adds its step here (and a fixture of the old layout in tests/db/fixtures).
 */
const LAYOUT_STEPS: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {};

export function upgradeLayout(
  file: Record<string, unknown>,
  from: number,
  to: number,
): Record<string, unknown> {
  let current = file;
  for (let version = from + 1; version <= to; version++) {
    const step = LAYOUT_STEPS[version];
    if (step) current = { ...step(current), version };
  }
  return current;
}

export function upgradeRecords(tables: Tables, fromSchema: number): Tables {
  let current = tables;
  for (let version = fromSchema + 1; version <= CURRENT_SCHEMA_VERSION; version++) {
    const step = SCHEMA_STEPS[version];
    if (step) current = step(current);
  }
  return current;
}
