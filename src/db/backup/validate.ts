/**
 * Reads a backup file and checks all of it before anything is written: size and structure, format,
 * versions, creation time, checksum, then (after upgrading an older file) every record's shape and
 * every reference. The first problem found is thrown as a BackupError whose message names it.
 */
import * as v from 'valibot';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { checksumOf } from './canonical';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupData,
  BackupError,
  type BackupFile,
  TABLES,
} from './format';
import { checkTableSizes, checkTree, parseBackupText } from './guard';
import { RECORD_SCHEMAS } from './records';
import { checkReferences } from './references';
import { upgradeLayout, upgradeRecords } from './upgrade';

export interface CheckedBackup {
  backup: BackupFile;
  /** The versions the file was written with (older ones were upgraded). */
  writtenWith: { version: number; schemaVersion: number };
}

const HEADER_KEYS = new Set(['format', 'version', 'schemaVersion', 'createdAt', 'checksum', 'data']);
/** A creation time this far ahead of the clock is not a clock difference but a broken file. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function wholeNumber(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new BackupError(`The file's ${what} is missing or not a whole number.`);
  }
  return value;
}

function checkHeader(file: Record<string, unknown>, now: Date): { version: number; schemaVersion: number } {
  if (file.format !== BACKUP_FORMAT) {
    throw new BackupError(`This is not a Loopkeeper backup: its format is not "${BACKUP_FORMAT}".`);
  }
  const version = wholeNumber(file.version, 'backup version');
  if (version > BACKUP_VERSION) {
    throw new BackupError(
      `The file was made by a newer Loopkeeper (backup version ${version}; this one reads up to ${BACKUP_VERSION}). Update Loopkeeper, then restore it.`,
    );
  }
  const schemaVersion = wholeNumber(file.schemaVersion, 'schema version');
  if (schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new BackupError(
      `The file was made by a newer Loopkeeper (schema version ${schemaVersion}; this one knows up to ${CURRENT_SCHEMA_VERSION}). Update Loopkeeper, then restore it.`,
    );
  }
  const created = typeof file.createdAt === 'string' ? Date.parse(file.createdAt) : Number.NaN;
  if (
    typeof file.createdAt !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(file.createdAt) ||
    Number.isNaN(created)
  ) {
    throw new BackupError("The file's creation time is missing or not a valid time.");
  }
  if (created > now.getTime() + CLOCK_SKEW_MS) {
    throw new BackupError(`The file's creation time (${file.createdAt}) is in the future.`);
  }
  if (typeof file.checksum !== 'string' || !/^sha256-[0-9a-f]{64}$/.test(file.checksum)) {
    throw new BackupError('The file has no valid checksum (sha256-…).');
  }
  return { version, schemaVersion };
}

function checkTables(data: unknown): asserts data is Record<string, unknown[]> {
  if (!isPlainObject(data)) throw new BackupError('The file has no data section.');
  for (const key of Object.keys(data)) {
    if (!(TABLES as readonly string[]).includes(key)) {
      throw new BackupError(`The file has a table "${key}" that Loopkeeper does not know.`);
    }
  }
  for (const name of TABLES) {
    if (!Array.isArray(data[name]))
      throw new BackupError(`The file's "${name}" table is missing or not a list.`);
  }
}

/** One valibot issue in words: which field, and what is wrong with it. */
function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
  const field = issue?.path?.map((item) => String(item.key)).join('.') ?? '';
  if (!issue) return 'is not valid';
  if (issue.type === 'strict_object' && field)
    return `has a field "${field.slice(0, 60)}" that Loopkeeper never writes`;
  const what = field ? `${field} ` : '';
  if (issue.message.startsWith('Invalid type')) {
    return `${what}has the wrong type (expected ${issue.expected ?? 'another type'}, found ${issue.received})`;
  }
  return `${what}${issue.message}`;
}

function checkRecords(tables: Record<string, unknown[]>): BackupData {
  for (const name of TABLES) {
    const records = tables[name] ?? [];
    for (let i = 0; i < records.length; i++) {
      const result = v.safeParse(RECORD_SCHEMAS[name], records[i]);
      if (result.success) continue;
      const id = isPlainObject(records[i]) ? (records[i] as { id?: unknown }).id : undefined;
      const which = typeof id === 'string' ? ` (id "${id.slice(0, 64)}")` : '';
      throw new BackupError(`${name} record ${i + 1}${which} ${describeIssue(result.issues[0])}.`);
    }
  }
  return tables as unknown as BackupData;
}

/** Parses and checks a backup file's text; returns it upgraded to the current version. */
export async function readBackup(text: string, now: Date = new Date()): Promise<CheckedBackup> {
  const root = parseBackupText(text);
  if (!isPlainObject(root))
    throw new BackupError('This is not a Loopkeeper backup: it is not a JSON object.');
  for (const key of Object.keys(root)) {
    if (!HEADER_KEYS.has(key))
      throw new BackupError(`The file has an unexpected field "${key.slice(0, 60)}".`);
  }
  const writtenWith = checkHeader(root, now);
  checkTables(root.data);
  checkTableSizes(root.data);
  checkTree(root);
  const { checksum, ...content } = root;
  if ((await checksumOf(content)) !== checksum) {
    throw new BackupError(
      'The checksum does not match: the file was changed or damaged after it was written.',
    );
  }
  const layout = upgradeLayout(root, writtenWith.version, BACKUP_VERSION);
  const tables = upgradeRecords(layout.data as Record<string, unknown[]>, writtenWith.schemaVersion);
  const data = checkRecords(tables);
  checkReferences(data);
  const backup: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: root.createdAt as string,
    checksum: checksum as string,
    data,
  };
  return { backup, writtenWith };
}
