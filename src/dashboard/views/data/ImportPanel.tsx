import { useEffect, useState } from 'preact/hooks';
import type { ImportFile } from '../../../domain/import/read';
import { t } from '../../../i18n/i18n';
import { onDroppedFile, takeDroppedFile } from './dropped-file';
import { InvitePreview } from './InvitePreview';
import { problemText } from './import-problem';
import { PeoplePreview } from './PeoplePreview';
import { readChosenFile } from './read-file';
import './import.css';

type State =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string; percent: number }
  | { phase: 'refused'; fileName: string; problem: string }
  | { phase: 'preview'; fileName: string; file: ImportFile };

/**
 * The one Import place: a file chosen (or dropped on the dashboard) is recognised by its content and
 * previewed — what would be added, updated and skipped, and why — before Import writes it in one
 * transaction. A file that cannot be imported is refused in words and nothing is written.
 */
export function ImportPanel() {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [inputKey, setInputKey] = useState(0);

  const choose = async (file: File | null | undefined) => {
    if (!file) return;
    const fileName = file.name;
    setState({ phase: 'reading', fileName, percent: 0 });
    try {
      const read = await readChosenFile(file, (done) =>
        setState({ phase: 'reading', fileName, percent: Math.round(done * 100) }),
      );
      setState({ phase: 'preview', fileName, file: read });
    } catch (error) {
      setState({ phase: 'refused', fileName, problem: problemText(error) });
    }
  };

  useEffect(() => {
    const take = () => {
      const file = takeDroppedFile();
      if (!file) return;
      void choose(file);
      document.getElementById('import-heading')?.scrollIntoView({ block: 'start' });
    };
    take();
    return onDroppedFile(take);
  }, []);

  const reset = () => {
    setState({ phase: 'idle' });
    setInputKey((n) => n + 1);
  };

  return (
    <section class="panel import-panel" aria-labelledby="import-heading">
      <h3 id="import-heading">{t('data_import_title')}</h3>
      <p>{t('data_import_body')}</p>
      <label class="file-field">
        <span>{t('data_import_choose')}</span>
        <input
          key={inputKey}
          type="file"
          accept=".ics,.csv,.vcf,text/calendar,text/csv,text/vcard"
          onChange={(event) => choose(event.currentTarget.files?.[0])}
        />
      </label>
      <div aria-live="polite">
        {state.phase === 'reading' && (
          <p class="muted">
            {t('data_import_reading', { file: state.fileName, percent: state.percent })}
            <progress class="import-progress" max={100} value={state.percent} />
          </p>
        )}
        {state.phase === 'refused' && (
          <div class="restore-refused" role="alert">
            <strong>{t('data_import_refused', { file: state.fileName })}</strong>
            <p>{state.problem}</p>
            <p>{t('data_import_nothing_changed')}</p>
          </div>
        )}
      </div>
      {state.phase === 'preview' && state.file.kind === 'invite' && (
        <InvitePreview key={state.fileName} events={state.file.events} onDone={reset} />
      )}
      {state.phase === 'preview' && state.file.kind !== 'invite' && (
        <PeoplePreview key={state.fileName} file={state.file} onDone={reset} />
      )}
    </section>
  );
}
