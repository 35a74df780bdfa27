import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/i18n';
import type { Replies } from '../messages';
import { closePanel, takeCapture, tokenFromHash } from './api';
import { CaptureForm } from './CaptureForm';
import { CompanyCapture } from './CompanyCapture';
import { confirmation, foundLine, isCompanyPage } from './draft';

type Taken = NonNullable<Replies['capture-take']>;
type State =
  | { phase: 'loading' }
  | { phase: 'gone' }
  | { phase: 'error'; error: string }
  | { phase: 'form'; taken: Taken }
  | { phase: 'saved'; lines: string[] };

/** The capture panel: what the page showed, editable, into a loop; Escape closes it from anywhere. */
export function App() {
  const [state, setState] = useState<State>({ phase: 'loading' });
  useEffect(() => {
    takeCapture(tokenFromHash())
      .then((taken) => setState(taken ? { phase: 'form', taken } : { phase: 'gone' }))
      .catch((error: unknown) => setState({ phase: 'error', error: String(error) }));
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') void closePanel();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  return (
    <main class="panel" aria-labelledby="panel-title">
      <header class="panel-header">
        <h1 id="panel-title">{t('capture_title')}</h1>
        <button
          type="button"
          class="close"
          aria-label={t('capture_close_label')}
          onClick={() => void closePanel()}
        >
          ×
        </button>
      </header>
      {state.phase === 'loading' && <p class="muted">{t('capture_loading')}</p>}
      {state.phase === 'gone' && <Notice text={t('capture_gone')} />}
      {state.phase === 'error' && <Notice text={t('capture_error', { error: state.error })} alert />}
      {state.phase === 'form' && (
        <Form taken={state.taken} onDone={(lines) => setState({ phase: 'saved', lines })} />
      )}
      {state.phase === 'saved' && <Saved lines={state.lines} />}
    </main>
  );
}

function Form({ taken, onDone }: { taken: Taken; onDone: (lines: string[]) => void }) {
  const { extraction: capture, loops } = taken;
  const onSaved = (result: Replies['capture-save']) => onDone(confirmation(result));
  return (
    <>
      <p class="found muted">{foundLine(capture)}</p>
      {isCompanyPage(capture) ? (
        <CompanyCapture capture={capture} loops={loops} onSaved={onSaved} onStarted={onDone} />
      ) : (
        <CaptureForm capture={capture} loops={loops} onSaved={onSaved} />
      )}
    </>
  );
}

function Notice({ text, alert = false }: { text: string; alert?: boolean }) {
  return (
    <div class="notice">
      <p class={alert ? 'error' : ''} role={alert ? 'alert' : undefined}>
        {text}
      </p>
      <button type="button" onClick={() => void closePanel()}>
        {t('capture_done')}
      </button>
    </div>
  );
}

function Saved({ lines }: { lines: string[] }) {
  const done = useRef<HTMLButtonElement>(null);
  useEffect(() => done.current?.focus(), []);
  return (
    <div class="saved" role="status">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <button type="button" class="primary" ref={done} onClick={() => void closePanel()}>
        {t('capture_done')}
      </button>
    </div>
  );
}
