/**
 * The first line of defence, before any schema: the raw text and the parsed tree are checked for size,
 * depth and keys that could tamper with object prototypes, so nothing later ever walks a hostile shape.
 */
import { BackupError, LIMITS, TABLES } from './format';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** 'data.people[3].notes', or 'the top level' for the root. */
const where = (path: string) => path || 'the top level';

const megabytes = (chars: number) => `${Math.round(chars / (1024 * 1024))} MB`;

/** Parses the file's text, refusing what is too large or not JSON (a truncated file, another format). */
export function parseBackupText(text: string): unknown {
  if (text.length > LIMITS.fileChars) {
    throw new BackupError(
      `The file is too large (over ${megabytes(LIMITS.fileChars)}): larger than any backup Loopkeeper writes.`,
    );
  }
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new BackupError('The file is empty.');
  try {
    return JSON.parse(trimmed);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new BackupError(`The file is not complete JSON, perhaps cut short or not a backup (${detail}).`);
  }
}

/** Refuses oversized tables before anything iterates over them (a million records are never walked). */
export function checkTableSizes(data: Record<string, unknown>): void {
  let total = 0;
  for (const name of TABLES) {
    const records = data[name];
    if (!Array.isArray(records)) continue; // the shape check names a missing or wrong table
    const cap = LIMITS.perTable[name];
    if (records.length > cap) {
      throw new BackupError(
        `The file holds ${records.length.toLocaleString('en')} ${name} records, more than the ${cap.toLocaleString('en')} a backup may hold.`,
      );
    }
    total += records.length;
  }
  if (total > LIMITS.records) {
    throw new BackupError(
      `The file holds ${total.toLocaleString('en')} records, more than the ${LIMITS.records.toLocaleString('en')} a backup may hold.`,
    );
  }
}

/**
 * Walks the whole parsed tree once (iteratively, so deep nesting cannot overflow the stack) and refuses
 * prototype keys, huge strings and deep nesting, naming where the problem is.
 */
export function checkTree(root: unknown): void {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as (typeof stack)[number];
    if (typeof value === 'string') {
      if (value.length > LIMITS.stringChars) {
        throw new BackupError(
          `A text at ${where(path)} is ${value.length.toLocaleString('en')} characters long; the longest a backup may hold is ${LIMITS.stringChars.toLocaleString('en')}.`,
        );
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= LIMITS.depth) throw new BackupError(`The file is nested too deeply at ${where(path)}.`);
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], path: `${path}[${i}]`, depth: depth + 1 });
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        throw new BackupError(
          `The file contains the key "${key}" at ${where(path)}, which a backup never has.`,
        );
      }
      if (key.length > 200) throw new BackupError(`The file contains an overlong key at ${where(path)}.`);
      stack.push({
        value: (value as Record<string, unknown>)[key],
        path: path ? `${path}.${key}` : key,
        depth: depth + 1,
      });
    }
  }
}
