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

/**
 * One line per kind and date, naming everyone it is for ("Follow-up after a no — Dana Hill, Lee Park —
 * Thu, 3 Dec"): a rejection with five people reads as five lines, not twenty.
 */
function ReminderLines({
  lines,
  context,
  company,
}: {
  lines: Line[];
  context: OutcomeContext;
  company: string;
}) {
  const groups = new Map<string, { first: Line; who: string[] }>();
  for (const line of lines) {
    const key = `${line.kind}|${line.due}`;
    const who = line.personId
      ? (context.people.get(line.personId)?.name ?? '')
      : t('dashboard_preview_whole_loop', { company });
    const group = groups.get(key);
    if (group) group.who.push(who);
    else groups.set(key, { first: line, who: [who] });
  }
  return (
    <ul class="plain preview-list">
      {[...groups.values()].map(({ first, who }) => (
        <li key={first.key} class="preview-line">
          <strong>{t(kindKey(first.kind))}</strong>
          <span>{who.join(', ')}</span>
          <span class="muted nowrap">{formatDate(first.due)}</span>
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
