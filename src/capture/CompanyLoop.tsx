import { useEffect, useRef, useState } from 'preact/hooks';
import { ACTIVE_STATUSES, type ActiveStatus } from '../domain/types';
import { failureText } from '../i18n/failure';
import { t } from '../i18n/i18n';
import { statusKey } from '../i18n/labels';
import type { CaptureExtraction } from '../messages';
import { ChoiceSelect } from '../ui/components/ChoiceSelect';
import { closePanel, startLoop } from './api';
import { startedLines } from './draft';

type PageCompany = NonNullable<CaptureExtraction['company']>;

/**
 * "Start a loop at Northwind Labs": the company as the page named it (with its website and LinkedIn
 * page, editable), the role and the stage — no person needed yet.
 */
export function CompanyLoop(props: { company: PageCompany; onStarted: (lines: string[]) => void }) {
  const [name, setName] = useState(props.company.name);
  const [domain, setDomain] = useState(props.company.domain ?? '');
  const [linkedinUrl, setLinkedinUrl] = useState(props.company.linkedinUrl ?? '');
  const [role, setRole] = useState('');
  const [status, setStatus] = useState<ActiveStatus>('applied');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  // The company is filled in from the page; the role is what the user has to type.
  const roleField = useRef<HTMLInputElement>(null);
  useEffect(() => roleField.current?.focus(), []);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      const company = {
        name: name.trim(),
        ...(domain.trim() ? { domain: domain.trim() } : {}),
        ...(linkedinUrl.trim() ? { linkedinUrl: linkedinUrl.trim() } : {}),
      };
      props.onStarted(startedLines(await startLoop({ company, role: role.trim(), status })));
    } catch (failure) {
      // Starting a loop is safe to repeat (an open loop for the role is reused): plain words are enough.
      setError(failureText(failure));
      setBusy(false);
    }
  }

  const text = (label: string, value: string, set: (v: string) => void, max: number, mode = 'text') => (
    <label class="field">
      <span>{label}</span>
      <input
        type="text"
        inputMode={mode as 'text' | 'url'}
        value={value}
        maxLength={max}
        autoComplete="off"
        spellcheck={false}
        onInput={(event) => set(event.currentTarget.value)}
      />
    </label>
  );

  return (
    <form class="capture" onSubmit={submit}>
      <fieldset class="fields">
        <legend>{t('capture_company')}</legend>
        <label class="field">
          <span>{t('capture_company_name')}</span>
          <input
            value={name}
            required
            maxLength={200}
            autoComplete="off"
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </label>
        {text(t('capture_company_website'), domain, setDomain, 253)}
        {text(t('capture_company_linkedin'), linkedinUrl, setLinkedinUrl, 2000, 'url')}
      </fieldset>
      <fieldset class="fields">
        <legend>{t('capture_loop')}</legend>
        <label class="field">
          <span>{t('capture_loop_role')}</span>
          <input
            ref={roleField}
            value={role}
            required
            maxLength={200}
            placeholder={t('capture_loop_role_hint')}
            onInput={(event) => setRole(event.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>{t('capture_company_stage')}</span>
          <ChoiceSelect
            value={status}
            choices={ACTIVE_STATUSES}
            label={(choice) => t(statusKey(choice))}
            onChange={setStatus}
          />
        </label>
      </fieldset>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <footer class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('capture_company_save')}
        </button>
        <button type="button" onClick={() => void closePanel()}>
          {t('capture_cancel')}
        </button>
      </footer>
    </form>
  );
}
