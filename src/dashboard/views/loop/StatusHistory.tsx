import { replaceLoopHistory } from '../../../db/loops';
import type { Loop, StatusChange } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import { statusKey } from '../../../i18n/labels';
import { formatDate } from '../../format';
import { useStore } from '../../store';

/**
 * The dated status history, oldest first. Each date can be corrected (the reminders move with it); the
 * latest change can be taken back. Both go through replaceLoopHistory, which keeps the order valid.
 */
export function StatusHistory({ loop }: { loop: Loop }) {
  const { run } = useStore();
  const replace = (history: StatusChange[], done: string) =>
    run(() => replaceLoopHistory(loop.id, history), {
      done,
      undo: () => replaceLoopHistory(loop.id, loop.history),
    });
  const last = loop.history.length - 1;
  return (
    <section class="panel" aria-labelledby="history-heading">
      <h3 id="history-heading">{t('dashboard_status_history')}</h3>
      <ol class="history">
        {loop.history.map((change, index) => {
          const label = t(statusKey(change.status));
          return (
            <li key={index} class="history-item">
              <span class="history-status">{label}</span>
              <input
                type="date"
                aria-label={t('dashboard_date_of', { status: label })}
                value={change.on}
                onChange={(e) => {
                  const on = e.currentTarget.value;
                  if (!on || on === change.on) return;
                  const history = loop.history.map((c, i) => (i === index ? { ...c, on } : c));
                  void replace(history, t('dashboard_date_changed', { status: label, date: formatDate(on) }));
                }}
              />
              {change.deadline && (
                <span class="muted">{t('dashboard_deadline_on', { date: formatDate(change.deadline) })}</span>
              )}
              {index === last && index > 0 && (
                <button
                  type="button"
                  class="link"
                  aria-label={t('dashboard_take_back_named', { status: label })}
                  onClick={() =>
                    replace(loop.history.slice(0, -1), t('dashboard_status_taken_back', { status: label }))
                  }
                >
                  {t('dashboard_take_back')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
