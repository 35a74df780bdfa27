import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n';
import { Field } from './Field';

interface NotesEditorProps {
  label: string;
  value: string;
  onSave: (value: string) => Promise<void>;
  rows?: number;
  /** The save button's text; defaults to "Save {label}". */
  saveLabel?: string;
}

/** A textarea with its own Save button, enabled once the text differs from what is saved. */
export function NotesEditor({ label, value, onSave, rows = 4, saveLabel }: NotesEditorProps) {
  const [draft, setDraft] = useState(value);
  const [saving, setSaving] = useState(false);
  useEffect(() => setDraft(value), [value]);
  const dirty = draft !== value;
  return (
    <form
      class="notes-editor"
      onSubmit={async (event) => {
        event.preventDefault();
        setSaving(true);
        try {
          await onSave(draft);
        } finally {
          setSaving(false);
        }
      }}
    >
      <Field label={label}>
        <textarea rows={rows} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
      </Field>
      <div class="row-end">
        {dirty && <span class="muted">{t('ui_unsaved')}</span>}
        <button type="submit" disabled={!dirty || saving}>
          {saveLabel ?? t('ui_save_named', { name: label.toLowerCase() })}
        </button>
      </div>
    </form>
  );
}
