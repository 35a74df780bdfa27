import { useState } from 'preact/hooks';
import type {
  CheckedBackup,
  RestorePreview as Preview,
  RestoreMode,
  RestoreResult,
} from '../../../db/backup';
import { t } from '../../../i18n/i18n';
import { send } from '../../../messages';
import { useStore } from '../../store';
import { RestorePreview } from './RestorePreview';

type State =
  | { phase: 'idle' }
  | { phase: 'checking'; fileName: string }
  | { phase: 'refused'; fileName: string; problem: string }
  | { phase: 'preview'; fileName: string; checked: CheckedBackup; preview: Preview }
  | { phase: 'restored'; fileName: string; result: RestoreResult };

/** The largest file read at all; the checks refuse anything near it with a clear message anyway. */
const MAX_BYTES = 256 * 1024 * 1024;

/**
 * Restore: choose a file; it is checked in full and previewed before anything is written; then
 * Replace or Merge, confirmed once, in one transaction. A refused file names its problem.
 */
export function RestorePanel() {
  const { run } = useStore();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [inputKey, setInputKey] = useState(0);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const fileName = file.name;
    setState({ phase: 'checking', fileName });
    try {
      if (file.size > MAX_BYTES) throw new Error(t('data_restore_too_large'));
      const backup = await import('../../../db/backup');
      const checked = await backup.readBackup(await file.text());
      const preview = await backup.previewRestore(checked.backup);
      setState({ phase: 'preview', fileName, checked, preview });
    } catch (error) {
      setState({
        phase: 'refused',
        fileName,
        problem: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const restore = async (mode: RestoreMode) => {
    if (state.phase !== 'preview') return;
    const { fileName, checked } = state;
    const result = await run(async () => {
      const { restoreBackup } = await import('../../../db/backup');
      const restored = await restoreBackup(checked.backup, mode);
      // Restored settings may move the daily notification: the worker re-creates its alarm.
      await send('settings-changed', {}).catch(() => undefined);
      return restored;
    });
    if (result) setState({ phase: 'restored', fileName, result });
    setInputKey((n) => n + 1);
  };

  return (
    <section class="panel" aria-labelledby="restore-heading">
      <h3 id="restore-heading">{t('data_restore_title')}</h3>
      <p>{t('data_restore_body')}</p>
      <label class="file-field">
        <span>{t('data_restore_choose')}</span>
        <input
          key={inputKey}
          type="file"
          accept=".json,application/json"
          onChange={(event) => choose(event.currentTarget.files?.[0])}
        />
      </label>
      <div aria-live="polite">
        {state.phase === 'checking' && (
          <p class="muted">{t('data_restore_checking', { file: state.fileName })}</p>
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
      {state.phase === 'preview' && (
        <RestorePreview
          fileName={state.fileName}
          checked={state.checked}
          preview={state.preview}
          onRestore={restore}
          onCancel={() => {
            setState({ phase: 'idle' });
            setInputKey((n) => n + 1);
          }}
        />
      )}
    </section>
  );
}
