import { useEffect, useRef } from 'preact/hooks';
import type { MessageKey } from '../i18n/i18n';
import { t } from '../i18n/i18n';
import { FIELDS, type Field, type PersonDraft } from './draft';

const LABELS: Record<Field, MessageKey> = {
  name: 'capture_field_name',
  title: 'capture_field_title',
  company: 'capture_field_company',
  location: 'capture_field_location',
  profileUrl: 'capture_field_profile',
  email: 'capture_field_email',
};
/** Keyboard hints only: the worker checks addresses and says in words what is wrong. */
const MODES: Partial<Record<Field, 'url' | 'email'>> = { profileUrl: 'url', email: 'email' };
const MAX: Record<Field, number> = {
  name: 120,
  title: 300,
  company: 200,
  location: 200,
  profileUrl: 2000,
  email: 254,
};

/** Every recognised field, editable; the name is the one that must be there. */
export function PersonFields({
  draft,
  onChange,
}: {
  draft: PersonDraft;
  onChange: (d: PersonDraft) => void;
}) {
  // The panel opens with the name ready to check or type: focus starts there.
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    first.current?.focus();
    // Caret at the start, so a long name shows its beginning rather than its end.
    first.current?.setSelectionRange(0, 0);
  }, []);
  return (
    <fieldset class="fields">
      <legend>{t('capture_person')}</legend>
      {FIELDS.map((field) => (
        <label key={field} class="field">
          <span>{t(LABELS[field])}</span>
          <input
            type="text"
            inputMode={MODES[field] ?? 'text'}
            value={draft[field]}
            maxLength={MAX[field]}
            required={field === 'name'}
            ref={field === 'name' ? first : undefined}
            autoComplete="off"
            spellcheck={false}
            onInput={(event) => onChange({ ...draft, [field]: event.currentTarget.value })}
          />
        </label>
      ))}
    </fieldset>
  );
}
