import { useState } from 'preact/hooks';
import { t } from '../i18n/i18n';
import type { CaptureExtraction, LoopOption, Replies } from '../messages';
import { CaptureForm } from './CaptureForm';
import { CompanyLoop } from './CompanyLoop';
import { loopsAt } from './draft';

type PageCompany = NonNullable<CaptureExtraction['company']>;

/**
 * A company's page with nobody on it: start a loop at the company, or add a person there by name.
 * Starting a loop comes first, unless one is already open there (then adding someone to it is likelier).
 */
export function CompanyCapture(props: {
  capture: CaptureExtraction & { company: PageCompany };
  loops: LoopOption[];
  onSaved: (result: Replies['capture-save']) => void;
  onStarted: (lines: string[]) => void;
}) {
  const { capture, loops } = props;
  const company = capture.company.name;
  const open = loopsAt(loops, company);
  const [mode, setMode] = useState<'loop' | 'person'>(open.length ? 'person' : 'loop');
  const option = (value: 'loop' | 'person', label: string, hint?: string) => (
    <label class="choice">
      <input type="radio" name="mode" checked={mode === value} onChange={() => setMode(value)} />
      <span>
        {label}
        {hint && <span class="muted block">{hint}</span>}
      </span>
    </label>
  );
  const roles = open.map((loop) => loop.role).join(', ');
  return (
    <>
      <fieldset class="mode">
        <legend class="visually-hidden">{t('capture_company_choice')}</legend>
        {option(
          'loop',
          t('capture_company_start', { company }),
          roles ? t('capture_company_open', { roles }) : undefined,
        )}
        {option('person', t('capture_company_person', { company }))}
      </fieldset>
      {mode === 'loop' ? (
        <CompanyLoop company={capture.company} onStarted={props.onStarted} />
      ) : (
        <CaptureForm capture={capture} loops={loops} onSaved={props.onSaved} />
      )}
    </>
  );
}
