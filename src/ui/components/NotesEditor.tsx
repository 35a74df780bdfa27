import { useAutosave } from '../autosave';
import { Field } from './Field';
import { SaveStatus } from './SaveStatus';

interface NotesEditorProps {
  label: string;
  /** The text as stored. */
  value: string;
  /** Writes the text; a rejection is shown in words and the text stays. */
  save: (text: string) => Promise<unknown>;
  /** Names the record and field for the write-ahead copy, e.g. `loop:<id>:notes`. */
  storageKey: string;
  /** When the record was last written (decides whether a write-ahead copy is newer). */
  storedAt: number;
  rows?: number;
}

/** A textarea that saves as you type (src/ui/autosave.ts), with a quiet status line under it. */
export function NotesEditor({ label, value, save, storageKey, storedAt, rows = 4 }: NotesEditorProps) {
  const notes = useAutosave(value, save, { key: storageKey, storedAt });
  return (
    <div class="notes-editor">
      <Field label={label}>
        <textarea
          rows={rows}
          value={notes.text}
          onInput={(e) => notes.setText(e.currentTarget.value)}
          onBlur={notes.flush}
        />
      </Field>
      <SaveStatus status={notes.status} onRetry={notes.flush} name={label} />
    </div>
  );
}
