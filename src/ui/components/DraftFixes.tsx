/**
 * What a draft may lack, fixed in place: the user's name (the draft would go out unsigned) and the
 * person's email address (Open in mail needs one). Shared by the popup's composer, which saves through
 * the worker, and the dashboard's DraftDialog, which saves through its facade: these components only
 * take the text and hand it to `onSave`.
 */
import { useId, useState } from 'preact/hooks';
import { isEmailAddress } from '../../domain/emails';
import { t } from '../../i18n/i18n';

function InlineFix({
  note,
  label,
  action,
  type,
  check,
  onSave,
}: {
  note: string;
  label: string;
  action: string;
  type: 'text' | 'email';
  /** An error in words for a value that cannot be saved, else ''. */
  check: (value: string) => string;
  onSave: (value: string) => Promise<void>;
}) {
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="draft-fix"
      aria-labelledby={`${id}-note`}
      // Checked here, so the error is said in words next to the field (not the browser's bubble).
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const problem = check(value.trim());
        setError(problem);
        if (problem) return;
        setBusy(true);
        try {
          await onSave(value.trim());
        } catch (failure) {
          setError(failure instanceof Error ? failure.message : String(failure));
        } finally {
          setBusy(false);
        }
      }}
    >
      <p id={`${id}-note`} class="draft-fix-note">
        {note}
      </p>
      <div class="draft-fix-row">
        <label class="draft-fix-label" htmlFor={`${id}-input`}>
          {label}
        </label>
        <input
          id={`${id}-input`}
          type={type as 'text'}
          value={value}
          autocomplete={type === 'email' ? 'off' : 'name'}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        <button type="submit" disabled={busy}>
          {action}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} class="error draft-fix-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** "Your drafts are not signed": the name, saved to settings; the caller refills the draft. */
export function SignatureMissing({ onSave }: { onSave: (name: string) => Promise<void> }) {
  return (
    <InlineFix
      note={t('ui_signature_missing')}
      label={t('ui_your_name_for_drafts')}
      action={t('ui_save_name')}
      type="text"
      check={(value) => (value ? '' : t('ui_name_required'))}
      onSave={onSave}
    />
  );
}

/** "No email address for Dana": one address, saved to the person; Open in mail then works. */
export function EmailMissing({ name, onSave }: { name: string; onSave: (email: string) => Promise<void> }) {
  return (
    <InlineFix
      note={t('ui_email_missing', { name })}
      label={t('ui_email_for', { name })}
      action={t('ui_save_email')}
      type="email"
      check={(value) => (isEmailAddress(value) ? '' : t('ui_not_an_email', { value }))}
      onSave={onSave}
    />
  );
}
