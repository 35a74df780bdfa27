import { useEffect, useState } from 'preact/hooks';
import { type BackupStatus, backupStatus } from '../db/backup/status';
import { t } from '../i18n/i18n';
import './backup-reminder.css';

/**
 * A quiet note above the list when the last backup is older than the setting allows (Settings →
 * backupReminderDays; 0 turns it off). The link opens the dashboard's Data view, where "Back up now" is.
 */
export function BackupReminder() {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  useEffect(() => {
    backupStatus()
      .then(setStatus)
      .catch(() => setStatus(null)); // never in the way of the list
  }, []);
  if (!status?.due) return null;
  return (
    <aside class="backup-reminder" aria-labelledby="backup-reminder-title">
      <strong id="backup-reminder-title">{t('data_reminder_title')}</strong>
      <span>
        {status.lastBackupAt === undefined
          ? t('data_reminder_never')
          : t('data_reminder_days', { days: status.days })}
      </span>
      <a href="/src/dashboard/index.html#/data" target="_blank" rel="noreferrer">
        {t('data_reminder_action')}
      </a>
    </aside>
  );
}
