import { useEffect, useState } from 'preact/hooks';
import { localDate } from '../domain/today';
import { t } from '../i18n/i18n';
import type { Replies } from '../messages';
import { closePanel, takeCapture, tokenFromHash } from './api';
import { CaptureForm } from './CaptureForm';
import { CompanyCapture } from './CompanyCapture';
import { confirmation, foundLine, isCompanyPage } from './draft';
import { Saved } from './Saved';

type Taken = NonNullable<Replies['capture-take']>;
type State =
  | { phase: 'loading' }
  | { phase: 'gone' }
  | { phase: 'error'; error: string }
  | { phase: 'form'; taken: Taken }
  | { phase: 'saved'; lines: string[]; result?: Replies['capture-save'] };

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
        <Form taken={state.taken} onDone={(lines, result) => setState({ phase: 'saved', lines, result })} />
      )}
      {state.phase === 'saved' && (
        <Saved lines={state.lines} {...(state.result ? { result: state.result } : {})} />
      )}
    </main>
  );
}

type OnDone = (lines: string[], result?: Replies['capture-save']) => void;

function Form({ taken, onDone }: { taken: Taken; onDone: OnDone }) {
  const { extraction: capture, loops } = taken;
  const onSaved = (result: Replies['capture-save']) => onDone(confirmation(result, localDate()), result);
  return (
    <>
      <p class="found muted">{foundLine(capture)}</p>
      {isCompanyPage(capture) ? (
        <CompanyCapture
          capture={capture}
          loops={loops}
          onSaved={onSaved}
          onStarted={(lines) => onDone(lines)}
        />
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
