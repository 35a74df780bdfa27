import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../../i18n/i18n';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  /** Wider dialogs for forms with several columns. */
  wide?: boolean;
}

/**
 * A modal dialog on the platform's own <dialog>: showModal() traps focus, makes the page behind inert
 * and closes on Escape, so keyboard and screen-reader users get a real dialog for free. Rendered only
 * while open; closing (Escape or a button) calls `onClose`, and focus returns to the opener.
 */
export function Dialog({ title, onClose, children, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => opener?.focus?.();
  }, []);
  return (
    <dialog
      ref={ref}
      class={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} class="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}

/** The Cancel / Save row that ends every editing dialog (Save submits the dialog's form). */
export function SaveCancel({ onCancel }: { onCancel: () => void }) {
  return (
    <div class="dialog-actions">
      <button type="button" onClick={onCancel}>
        {t('ui_cancel')}
      </button>
      <button type="submit" class="primary">
        {t('ui_save')}
      </button>
    </div>
  );
}
