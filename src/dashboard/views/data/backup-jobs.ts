/**
 * The page's side of the backup worker: starts it, sends one job at a time, passes its progress on and
 * resolves with its answer (or rejects with its problem, in the words the checks wrote).
 */
import { t } from '../../../i18n/i18n';
import type { JobAnswers, JobProgress, JobRequest, WorkerMessage } from './backup-protocol';

export interface BackupJobs {
  run<K extends JobRequest['job']>(
    request: Extract<JobRequest, { job: K }>,
    onProgress?: (progress: JobProgress) => void,
  ): Promise<JobAnswers[K]>;
  /** Ends the worker (and with it a checked file it holds). */
  close(): void;
}

export function startBackupJobs(): BackupJobs {
  const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
  let pending: { reject: (error: Error) => void } | null = null;
  worker.onerror = (event) => {
    event.preventDefault();
    pending?.reject(new Error(t('data_job_stopped')));
    pending = null;
  };
  return {
    run(request, onProgress) {
      if (pending) return Promise.reject(new Error('Another backup job is still running.'));
      return new Promise((resolve, reject) => {
        pending = { reject };
        worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
          const message = event.data;
          if (message.kind === 'progress') {
            onProgress?.(message.progress);
            return;
          }
          pending = null;
          if (message.kind === 'done') resolve(message.answer as JobAnswers[typeof request.job]);
          else reject(new Error(message.problem));
        };
        worker.postMessage(request);
      });
    },
    close() {
      worker.terminate();
      pending?.reject(new Error(t('data_job_stopped')));
      pending = null;
    },
  };
}
