import { useEffect, useRef, useState } from 'preact/hooks';
import { failureText } from '../i18n/failure';
import { t } from '../i18n/i18n';
import type { Replies } from '../messages';
import { closePanel, undoSave, writeThankYou } from './api';

type Result = Replies['capture-save'];
type Phase = 'saved' | 'undoing' | 'undone' | 'gone';

/**
 * After saving: what was saved and planned, then the next step — write the thank-you now (one button
 * per thank-you planned), take the save back, or close. Undo removes exactly what this save did.
 */
export function Saved({ lines, result }: { lines: string[]; result?: Result }) {
  const [phase, setPhase] = useState<Phase>('saved');
  const [error, setError] = useState('');
  const done = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => (first.current ?? done.current)?.focus(), []);
  useEffect(() => {
    if (phase === 'undone' || phase === 'gone') done.current?.focus();
  }, [phase]);

  const fail = (failure: unknown) => setError(failureText(failure));
  async function undo(token: string) {
    setPhase('undoing');
    setError('');
    try {
      setPhase((await undoSave(token)) ? 'undone' : 'gone');
    } catch (failure) {
      fail(failure);
      setPhase('saved');
    }
  }

  const thankYous = result?.thankYous ?? [];
  const token = result?.undoToken;
  const settled = phase === 'undone' || phase === 'gone';
  return (
    <div class="saved">
      <div role="status">
        {settled ? (
          <p>{t(phase === 'undone' ? 'capture_undone' : 'capture_undo_gone')}</p>
        ) : (
          lines.map((line) => <p key={line}>{line}</p>)
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <footer class="actions saved-actions">
        {!settled &&
          thankYous.map(({ reminderId, name }, i) => (
            <button
              key={reminderId}
              type="button"
              class="primary"
              ref={i === 0 ? first : undefined}
              onClick={() => writeThankYou(reminderId).catch(fail)}
            >
              {thankYous.length === 1 ? t('capture_write_now') : t('capture_write_to', { name })}
            </button>
          ))}
        {!settled && token && (
          <button type="button" disabled={phase === 'undoing'} onClick={() => void undo(token)}>
            {t('capture_undo')}
          </button>
        )}
        <button
          type="button"
          class={thankYous.length && !settled ? '' : 'primary'}
          ref={done}
          onClick={() => void closePanel()}
        >
          {t('capture_done')}
        </button>
      </footer>
    </div>
  );
}
