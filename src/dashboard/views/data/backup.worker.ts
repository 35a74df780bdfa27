/**
 * The backup worker: a dedicated Web Worker of the Data view that takes backups, reads and checks
 * backup files and restores them, all off the page, so a file of tens of megabytes never freezes it.
 * It opens the same database (IndexedDB works in workers); a restore is still one transaction, so
 * closing the page (which ends this worker) in the middle of it leaves the old data whole.
 *
 * The checked backup stays here between "check" and "restore": only counts go to the page.
 */
import { createBackup, previewRestore, readBackup, restoreBackup, serializeBackup } from '../../../db/backup';
import type { CheckedBackup } from '../../../db/backup/validate';
import type { JobProgress, JobRequest, WorkerMessage } from './backup-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
}
const scope = globalThis as unknown as WorkerScope;

let checked: CheckedBackup | null = null;

const progress = (update: JobProgress) => scope.postMessage({ kind: 'progress', progress: update });

async function answer(request: JobRequest) {
  switch (request.job) {
    case 'backup': {
      progress({ step: 'saving' });
      const backup = await createBackup(new Date(request.now));
      return {
        text: new Blob([serializeBackup(backup)], { type: 'application/json' }),
        createdAt: backup.createdAt,
      };
    }
    case 'check': {
      checked = null;
      progress({ step: 'reading' });
      const text = await request.file.text();
      progress({ step: 'checking' });
      const read = await readBackup(text, new Date(request.now));
      progress({ step: 'comparing' });
      const preview = await previewRestore(read.backup);
      checked = read;
      const { createdAt, schemaVersion } = read.backup;
      return { checked: { createdAt, schemaVersion, writtenWith: read.writtenWith }, preview };
    }
    case 'restore': {
      if (!checked) throw new Error('Choose the backup file again: it is no longer loaded.');
      const result = await restoreBackup(checked.backup, request.mode, progress);
      checked = null;
      return result;
    }
  }
}

scope.onmessage = (event) => {
  answer(event.data).then(
    (result) => scope.postMessage({ kind: 'done', answer: result }),
    (error: unknown) => {
      const problem =
        error instanceof RangeError
          ? 'The file is too large for this browser to read at once.'
          : error instanceof Error
            ? error.message
            : String(error);
      scope.postMessage({ kind: 'failed', problem });
    },
  );
};
