import { useState } from 'preact/hooks';
import { backupFileName } from '../../../db/backup/format';
import { localDate } from '../../../domain/today';
import { t } from '../../../i18n/i18n';
import { useStore } from '../../store';
import { startBackupJobs } from './backup-jobs';
import type { JobProgress } from './backup-protocol';
import { downloadBlob } from './download';
import { JobStatus } from './JobStatus';

/**
 * "Back up now": one JSON file with everything, saved by the browser as loopkeeper-backup-<date>.json.
 * The file is written in the backup worker, so a large database never freezes the page.
 */
export function BackupPanel() {
  const { run } = useStore();
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const backUp = async () => {
    setProgress({ step: 'saving' });
    const jobs = startBackupJobs();
    await run(
      async () => {
        const { text, createdAt } = await jobs.run({ job: 'backup', now: Date.now() }, setProgress);
        const fileName = backupFileName(localDate(new Date(createdAt)));
        downloadBlob(fileName, text);
        return fileName;
      },
      { done: t('data_backup_done') },
    );
    jobs.close();
    setProgress(null);
  };
  return (
    <section class="panel" aria-labelledby="backup-heading" aria-busy={progress !== null}>
      <h3 id="backup-heading">{t('data_backup_title')}</h3>
      <p>{t('data_backup_body')}</p>
      <button type="button" class="primary" onClick={backUp} disabled={progress !== null}>
        {progress ? t('data_backup_busy') : t('data_backup_now')}
      </button>
      {progress && <JobStatus progress={progress} />}
    </section>
  );
}
