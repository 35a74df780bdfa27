/**
 * Whether the popup should remind the user to back up. It reads through quick-read (the platform's
 * IndexedDB, no Dexie, no validation code), so the reminder adds nothing to the popup's start-up.
 */
import { DEFAULT_SETTINGS } from '../../domain/types';
import type { MetaRow, SettingsRow } from '../database';
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
 * Never backed up: the clock starts at the oldest record not changed since (the updatedAt indexes,
 * one key each) — that record has been at risk the longest, and a new user is not asked on day one.
 */
export async function backupStatus(now: number = Date.now()): Promise<BackupStatus> {
  const tx = await reading(['meta', 'settings', 'loops', 'people']);
  const [[last], [settings], oldestLoop, oldestPerson] = await Promise.all([
    getMany<MetaRow>(tx, 'meta', ['lastBackupAt']),
    getMany<SettingsRow>(tx, 'settings', ['settings']),
    firstOf<{ updatedAt: number }>(tx, 'loops', 'updatedAt'),
    firstOf<{ updatedAt: number }>(tx, 'people', 'updatedAt'),
  ]);
  const lastBackupAt = typeof last?.value === 'number' ? last.value : undefined;
  const oldest = Math.min(
    oldestLoop?.updatedAt ?? Number.POSITIVE_INFINITY,
    oldestPerson?.updatedAt ?? Number.POSITIVE_INFINITY,
  );
  const since = lastBackupAt ?? oldest;
  if (!Number.isFinite(since)) return { due: false, days: 0 };
  const days = Math.max(0, Math.floor((now - since) / DAY));
  const limit = settings?.backupReminderDays ?? DEFAULT_SETTINGS.backupReminderDays;
  const status: BackupStatus = { due: limit > 0 && days >= limit, days };
  if (lastBackupAt !== undefined) status.lastBackupAt = lastBackupAt;
  return status;
}
