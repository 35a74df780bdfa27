import { database } from '../database';
import { getMeta } from '../meta';
import { getSettings } from '../settings';

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
 * Whether to remind the user to back up. Never backed up: the clock starts at the oldest activity
 * still saved (the updatedAt indexes, one key each), so a new user is not asked on day one.
 */
export async function backupStatus(now: number = Date.now()): Promise<BackupStatus> {
  const db = database();
  const [last, settings, oldestLoop, oldestPerson] = await Promise.all([
    getMeta('lastBackupAt'),
    getSettings(),
    db.loops.orderBy('updatedAt').first(),
    db.people.orderBy('updatedAt').first(),
  ]);
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
