import { t } from '../../i18n/i18n';
import type { SaveStatus as Status } from '../autosave';

/**
 * The quiet line under an autosaved field: "Saving…", "Saved", or what went wrong with a retry. The
 * live region is always in the page (a region added with its text is not announced), polite so it
 * never interrupts typing.
 */
export function SaveStatus({ status, onRetry, name }: { status: Status; onRetry: () => void; name: string }) {
  const text =
    status.phase === 'saving'
      ? t('ui_autosave_saving')
      : status.phase === 'saved'
        ? t('ui_autosave_saved')
        : status.phase === 'error'
          ? status.message
          : '';
  return (
    <div class={`save-status save-status-${status.phase}`}>
      <span role="status" aria-live="polite">
        {text}
      </span>
      {status.phase === 'error' && (
        <button type="button" class="link" onClick={onRetry}>
          {t('ui_autosave_retry_named', { name })}
        </button>
      )}
    </div>
  );
}
