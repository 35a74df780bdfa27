import { DEFAULT_SETTINGS, type Loop, type Person, type Settings } from '../../domain/types';
import type { MetaRow } from '../database';
import { firstOf, getMany, reading } from '../quick-read';

export interface BackupStatus {
  /** Epoch ms of the last backup, if there was one. */
  lastBackupAt?: number;
  /** The reminder applies: there is data, and no backup for longer than the setting allows. */
  due: boolean;
  /** Whole days since the last backup (or since the data began, when never backed up). */
  days: number;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Whether to remind the user to back up. Never backed up: the clock starts at the oldest record not
 * changed since (the updatedAt indexes, one key each) — that record has been at risk the longest, and
 * a new user is not asked on day one.
 */
export async function backupStatus(now: number = Date.now()): Promise<BackupStatus> {
  // Dexie-free reads (quick-read.ts): the popup shows this note, and its first paint carries no Dexie.
  const tx = await reading(['meta', 'settings', 'loops', 'people']);
  const [[meta], [saved], oldestLoop, oldestPerson] = await Promise.all([
    getMany<MetaRow>(tx, 'meta', ['lastBackupAt']),
    getMany<Partial<Settings>>(tx, 'settings', ['settings']),
    firstOf<Loop>(tx, 'loops', 'updatedAt'),
    firstOf<Person>(tx, 'people', 'updatedAt'),
  ]);
  const last = meta?.value;
  const settings = { backupReminderDays: saved?.backupReminderDays ?? DEFAULT_SETTINGS.backupReminderDays };
  const lastBackupAt = typeof last === 'number' ? last : undefined;
  const oldest = Math.min(
    oldestLoop?.updatedAt ?? Number.POSITIVE_INFINITY,
    oldestPerson?.updatedAt ?? Number.POSITIVE_INFINITY,
  );
  const since = lastBackupAt ?? oldest;
  if (!Number.isFinite(since)) return { due: false, days: 0 };
  const days = Math.max(0, Math.floor((now - since) / DAY));
  const limit = settings.backupReminderDays;
  const status: BackupStatus = { due: limit > 0 && days >= limit, days };
  if (lastBackupAt !== undefined) status.lastBackupAt = lastBackupAt;
  return status;
}
