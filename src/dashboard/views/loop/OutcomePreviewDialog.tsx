import type { OutcomeContext } from '../../../db/outcome';
import { readOutcomeContext } from '../../../db/outcome';
import { localDate } from '../../../domain/today';
import type { Id } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import { kindKey, statusKey } from '../../../i18n/labels';
import { Dialog } from '../../../ui/components/Dialog';
import { formatDate } from '../../format';
import { useLoad } from '../../store';
import { type OutcomeChange, previewOutcome } from './outcome-preview';

interface Line {
  key: string;
  kind: Parameters<typeof kindKey>[0];
  personId: Id | null;
  due: string;
}

/** "Thank-you note — Dana Hill — Tue, 3 Mar 2026": what, for whom, when. */
function ReminderLines({
  lines,
  context,
  company,
}: {
  lines: Line[];
  context: OutcomeContext;
  company: string;
}) {
  return (
    <ul class="plain preview-list">
      {lines.map((line) => (
        <li key={line.key} class="preview-line">
          <strong>{t(kindKey(line.kind))}</strong>
          <span class="truncate">
            {line.personId
              ? (context.people.get(line.personId)?.name ?? '')
              : t('dashboard_preview_whole_loop', { company })}
          </span>
          <span class="muted nowrap">{formatDate(line.due)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Before an outcome is recorded: the reminders it will plan and those that stop applying, computed by the
 * playbook itself on the loop with its new status. Confirm records it (with Undo in the message).
 */
export function OutcomePreviewDialog({
  loopId,
  company,
  change,
  onConfirm,
  onClose,
}: {
  loopId: Id;
  company: string;
  change: OutcomeChange;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const state = useLoad(
    () => readOutcomeContext(loopId, change.status === 'accepted'),
    [loopId, change.status],
  );
  const status = t(statusKey(change.status));
  const title = t('dashboard_preview_title', { status, date: formatDate(change.on) });
  return (
    <Dialog title={title} onClose={onClose} wide>
      {state.phase === 'loading' && <p class="muted">{t('dashboard_loading')}</p>}
      {state.phase === 'error' && <p class="error">{state.error}</p>}
      {state.phase === 'ready' && <PreviewBody context={state.data} change={change} company={company} />}
      <div class="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('ui_cancel')}
        </button>
        <button type="button" class="primary" disabled={state.phase !== 'ready'} onClick={onConfirm}>
          {t('dashboard_preview_confirm', { status })}
        </button>
      </div>
    </Dialog>
  );
}

function PreviewBody({
  context,
  change,
  company,
}: {
  context: OutcomeContext;
  change: OutcomeChange;
  company: string;
}) {
  const { planned, obsolete } = previewOutcome(context, change, localDate());
  return (
    <div class="preview">
      <section aria-labelledby="preview-planned-heading">
        <h3 id="preview-planned-heading">{t('dashboard_preview_planned', { count: planned.length })}</h3>
        {planned.length === 0 ? (
          <p class="muted">{t('dashboard_preview_nothing_planned')}</p>
        ) : (
          <ReminderLines lines={planned} context={context} company={company} />
        )}
      </section>
      {obsolete.length > 0 && (
        <section aria-labelledby="preview-obsolete-heading">
          <h3 id="preview-obsolete-heading">{t('dashboard_preview_obsolete', { count: obsolete.length })}</h3>
          <ReminderLines lines={obsolete} context={context} company={company} />
        </section>
      )}
    </div>
  );
}
