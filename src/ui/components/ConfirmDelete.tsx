import { useState } from 'preact/hooks';
import { t } from '../../i18n/i18n';
import { Dialog } from './Dialog';

interface ConfirmDeleteProps {
  /** The button's text, e.g. "Delete loop". */
  label: string;
  /** The question, naming what goes: "Delete the Acme Corp loop?" */
  question: string;
  /** What else goes with it, in a sentence. */
  detail?: string;
  onConfirm: () => Promise<void> | void;
  /** Renders the opener as a quiet link-like button (inside lists). */
  quiet?: boolean;
  /** The opener's accessible name when its text alone is ambiguous ("Remove" → "Remove Dana Hill"). */
  name?: string;
}

/** A delete button that asks once; the caller then offers Undo (see Toast), so nothing is lost. */
export function ConfirmDelete({ label, question, detail, onConfirm, quiet, name }: ConfirmDeleteProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        class={quiet ? 'link danger' : 'danger'}
        aria-label={name}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open && (
        <Dialog title={question} onClose={() => setOpen(false)}>
          {detail && <p>{detail}</p>}
          <p class="muted">{t('ui_delete_undo_hint')}</p>
          <div class="dialog-actions">
            <button type="button" onClick={() => setOpen(false)}>
              {t('ui_cancel')}
            </button>
            <button
              type="button"
              class="primary danger-fill"
              onClick={async () => {
                setOpen(false);
                await onConfirm();
              }}
            >
              {t('ui_delete')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
