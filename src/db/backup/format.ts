/**
 * The backup file: one JSON object with a header and every table's records.
 *
 * {
 *   "format": "loopkeeper-backup",     the file's kind, checked first
 *   "version": 1,                      the layout of this file (BACKUP_VERSION)
 *   "schemaVersion": 2,                the database schema the records follow
 *   "createdAt": "2026-03-02T09:15:00.000Z",
 *   "checksum": "sha256-<64 hex>",     over the canonical serialisation of everything above and `data`
 *   "data": { "companies": [...], "loops": [...], ..., "meta": [...] }
 * }
 *
 * Records are written exactly as stored, sorted by primary key, so the same database always gives the
 * same `data` and a restore gives back the same database.
 */
import type { Company, Loop, Participation, Person, Reminder, Template, Touch } from '../../domain/types';
import type { MetaRow, SettingsRow } from '../database';

export const BACKUP_FORMAT = 'loopkeeper-backup';
/** The file layout version. Older layouts are upgraded on restore (upgrade.ts). */
export const BACKUP_VERSION = 1;

/** Every table, in the order records are written (parents before the records that point at them). */
export const TABLES = [
  'companies',
  'loops',
  'people',
  'participations',
  'touches',
  'reminders',
  'templates',
  'settings',
  'meta',
] as const;
export type TableName = (typeof TABLES)[number];

export interface BackupData {
  companies: Company[];
  loops: Loop[];
  people: Person[];
  participations: Participation[];
  touches: Touch[];
  reminders: Reminder[];
  templates: Template[];
  settings: SettingsRow[];
  meta: MetaRow[];
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  schemaVersion: number;
  createdAt: string;
}

export interface BackupFile extends BackupHeader {
  checksum: string;
  data: BackupData;
}

/**
 * Limits a file must stay within before anything else is looked at: far above a real job search
 * (the benchmark's 10,000 people and 60,000 reminders). The backup writer checks the same limits
 * (create.ts), so a file Loopkeeper writes is always one it can read back.
 */
export const LIMITS = {
  /**
   * Characters of the whole file: the longest text the browser can hold in one string (V8's limit,
   * 2^29 − 24; Firefox's is larger). The file is read and checked off the page (backup.worker.ts), so
   * its size costs time, never a frozen page; any smaller cap would refuse a database whose notes are
   * all at the 20,000 characters the product allows.
   */
  fileChars: 2 ** 29 - 24,
  /** Characters of any one string (the longest field, notes, is 20,000). */
  stringChars: 100_000,
  /** Nesting of objects and arrays (a record is at most 4 deep inside the file). */
  depth: 12,
  /** Records of all tables together. */
  records: 500_000,
  /** Records of each table. */
  perTable: {
    companies: 50_000,
    loops: 50_000,
    people: 100_000,
    participations: 200_000,
    touches: 200_000,
    reminders: 400_000,
    templates: 100,
    settings: 1,
    meta: 50,
  } satisfies Record<TableName, number>,
} as const;

/** A file refused: the message names the problem in words the user can act on. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** 'loopkeeper-backup-2026-03-02.json' for a local calendar date. */
export function backupFileName(date: string): string {
  return `loopkeeper-backup-${date}.json`;
}
