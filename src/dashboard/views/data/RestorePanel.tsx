import { useEffect, useRef, useState } from 'preact/hooks';
import type { RestorePreview as Preview, RestoreMode, RestoreResult } from '../../../db/backup';
import { LIMITS } from '../../../db/backup/format';
import { t } from '../../../i18n/i18n';
import { send } from '../../../messages';
import { useStore } from '../../store';
import { type BackupJobs, startBackupJobs } from './backup-jobs';
import type { CheckedSummary, JobProgress } from './backup-protocol';
import { JobStatus } from './JobStatus';
import { RestorePreview } from './RestorePreview';

type State =
  | { phase: 'idle' }
  | { phase: 'checking'; fileName: string; progress: JobProgress }
  | { phase: 'refused'; fileName: string; problem: string }
  | { phase: 'preview'; fileName: string; checked: CheckedSummary; preview: Preview }
  | {
      phase: 'restoring';
      fileName: string;
      checked: CheckedSummary;
      preview: Preview;
      progress: JobProgress;
    }
  | { phase: 'restored'; fileName: string; result: RestoreResult };

/** Bytes no backup can have: past them its text would not fit in one string (UTF-8 is ≤ 3 bytes a unit). */
const MAX_BYTES = 3 * LIMITS.fileChars;

/**
 * Restore: choose a file; it is read and checked in full in the backup worker (off the page) and
 * previewed before anything is written; then Replace or Merge, confirmed once, in one transaction,
 * with its progress shown and every button held until it is done. A refused file names its problem.
 */
export function RestorePanel() {
  const { run } = useStore();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [inputKey, setInputKey] = useState(0);
  const jobs = useRef<BackupJobs | null>(null);

  const stopJobs = () => {
    jobs.current?.close();
    jobs.current = null;
  };
  useEffect(() => stopJobs, []);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const fileName = file.name;
    stopJobs();
    setState({ phase: 'checking', fileName, progress: { step: 'reading' } });
    try {
      if (file.size > MAX_BYTES) throw new Error(t('data_restore_too_large'));
      jobs.current = startBackupJobs();
      const { checked, preview } = await jobs.current.run(
        { job: 'check', file, now: Date.now() },
        (progress) => setState({ phase: 'checking', fileName, progress }),
      );
      setState({ phase: 'preview', fileName, checked, preview });
    } catch (error) {
      stopJobs();
      setState({
        phase: 'refused',
        fileName,
        problem: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const restore = async (mode: RestoreMode) => {
    if (state.phase !== 'preview' || !jobs.current) return;
    const { fileName, checked, preview } = state;
    const job = jobs.current;
    const restoring = (progress: JobProgress) =>
      setState({ phase: 'restoring', fileName, checked, preview, progress });
    restoring({ step: 'starting' });
    const result = await run(async () => {
      const restored = await job.run({ job: 'restore', mode }, restoring);
      // Restored settings may move the daily notification: the worker re-creates its alarm.
      await send('settings-changed', {}).catch(() => undefined);
      return restored;
    });
    stopJobs();
    setState(result ? { phase: 'restored', fileName, result } : { phase: 'idle' });
    setInputKey((n) => n + 1);
  };

  const working = state.phase === 'checking' || state.phase === 'restoring';
  return (
    <section class="panel" aria-labelledby="restore-heading" aria-busy={working}>
      <h3 id="restore-heading">{t('data_restore_title')}</h3>
      <p>{t('data_restore_body')}</p>
      <label class="file-field">
        <span>{t('data_restore_choose')}</span>
        <input
          key={inputKey}
          type="file"
          accept=".json,application/json"
          disabled={working}
          onChange={(event) => choose(event.currentTarget.files?.[0])}
        />
      </label>
      <div aria-live="polite">
        {state.phase === 'checking' && (
          <JobStatus progress={state.progress} note={t('data_restore_checking', { file: state.fileName })} />
        )}
        {state.phase === 'restoring' && (
          <JobStatus progress={state.progress} note={t('data_restore_running', { file: state.fileName })} />
        )}
        {state.phase === 'refused' && (
          <div role="alert" class="restore-refused">
            <strong>{t('data_restore_refused', { file: state.fileName })}</strong>
            <p>{state.problem}</p>
            <p class="muted">{t('data_restore_nothing_changed')}</p>
          </div>
        )}
        {state.phase === 'restored' && (
          <p role="status" class="ok">
            {t(state.result.mode === 'replace' ? 'data_restore_replaced' : 'data_restore_merged', {
              file: state.fileName,
              count: Object.values(state.result.written).reduce((a, b) => a + b, 0),
            })}
          </p>
        )}
      </div>
      {(state.phase === 'preview' || state.phase === 'restoring') && (
        <RestorePreview
          fileName={state.fileName}
          checked={state.checked}
          preview={state.preview}
          busy={state.phase === 'restoring'}
          onRestore={restore}
          onCancel={() => {
            stopJobs();
            setState({ phase: 'idle' });
            setInputKey((n) => n + 1);
          }}
        />
      )}
    </section>
  );
}
