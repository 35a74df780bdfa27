import { useEffect } from 'preact/hooks';
import { t } from '../../i18n/i18n';

export interface ToastMessage {
  id: number;
  text: string;
  kind: 'info' | 'error';
  /** When set, the toast offers Undo. */
  undo?: () => Promise<void> | void;
}

interface ToastProps {
  toast: ToastMessage | null;
  onDismiss: () => void;
  /** How long a toast stays; an Undo toast stays longer so it can be reached by keyboard. */
  timeoutMs?: number;
}

/**
 * One message at a time at the bottom of the page, announced politely (errors assertively), with Undo
 * for anything that deleted or changed a record. A new toast replaces the old one.
 */
export function Toast({ toast, onDismiss, timeoutMs }: ToastProps) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDismiss, timeoutMs ?? (toast.undo ? 12_000 : 5_000));
    return () => clearTimeout(timer);
  }, [toast, onDismiss, timeoutMs]);
  return (
    <div class="toast-region" role={toast?.kind === 'error' ? 'alert' : 'status'} aria-live="polite">
      {toast && (
        <div class={`toast toast-${toast.kind}`}>
          <span class="toast-text">{toast.text}</span>
          {toast.undo && (
            <button
              type="button"
              class="toast-undo"
              onClick={async () => {
                const undo = toast.undo;
                onDismiss();
                await undo?.();
              }}
            >
              {t('ui_undo')}
            </button>
          )}
          <button type="button" class="link" aria-label={t('ui_close_message')} onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
