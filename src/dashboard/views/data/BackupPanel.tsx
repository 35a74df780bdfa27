import { useState } from 'preact/hooks';
import { localDate } from '../../../domain/today';
import { t } from '../../../i18n/i18n';
import { useStore } from '../../store';
import { downloadText } from './download';

/** "Back up now": one JSON file with everything, saved by the browser as loopkeeper-backup-<date>.json. */
export function BackupPanel() {
  const { run } = useStore();
  const [busy, setBusy] = useState(false);
  const backUp = async () => {
    setBusy(true);
    await run(
      async () => {
        const { backupFileName, createBackup, serializeBackup } = await import('../../../db/backup');
        const backup = await createBackup();
        const fileName = backupFileName(localDate(new Date(backup.createdAt)));
        downloadText(fileName, serializeBackup(backup), 'application/json');
        return fileName;
      },
      { done: t('data_backup_done') },
    );
    setBusy(false);
  };
  return (
    <section class="panel" aria-labelledby="backup-heading">
      <h3 id="backup-heading">{t('data_backup_title')}</h3>
      <p>{t('data_backup_body')}</p>
      <button type="button" class="primary" onClick={backUp} disabled={busy}>
        {busy ? t('data_backup_busy') : t('data_backup_now')}
      </button>
    </section>
  );
}
