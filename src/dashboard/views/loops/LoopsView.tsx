import { useState } from 'preact/hooks';
import { listNextSteps } from '../../../db/next-steps';
import { listLoopOverviews } from '../../../db/overview';
import { loadSampleData } from '../../../demo/sample-data';
import { localDate } from '../../../domain/today';
import { t } from '../../../i18n/i18n';
import { statusKey } from '../../../i18n/labels';
import { STATUS_ORDER } from '../../format';
import { navigate } from '../../router';
import { useLoad, useStore } from '../../store';
import { LoopCard } from './LoopCard';
import { NewLoopDialog } from './NewLoopDialog';

/**
 * #/loops: every loop grouped by status, newest activity first within a group. `#/loops/new` opens it
 * with New loop open; closing that dialog goes back to `#/loops`.
 */
export function LoopsView() {
  return <LoopsPage creatingFromRoute={false} />;
}

export function LoopsPage({ creatingFromRoute }: { creatingFromRoute: boolean }) {
  const { run } = useStore();
  const [creating, setCreating] = useState(creatingFromRoute);
  const closeNewLoop = () => {
    setCreating(false);
    if (creatingFromRoute) navigate('loops');
  };
  const today = localDate();
  const state = useLoad(async () => {
    const [rows, steps] = await Promise.all([listLoopOverviews(today), listNextSteps(today)]);
    return { rows, steps };
  }, []);
  const loadSample = () => run(() => loadSampleData(), { done: t('dashboard_sample_loaded') });

  return (
    <section aria-labelledby="loops-heading">
      <div class="page-header">
        <h2 id="loops-heading">{t('dashboard_loops')}</h2>
        <button type="button" class="primary" onClick={() => setCreating(true)}>
          {t('dashboard_new_loop')}
        </button>
      </div>
      {state.phase === 'error' && <p class="error">{state.error}</p>}
      {state.phase === 'ready' && state.data.rows.length === 0 && (
        <div class="empty">
          <strong>{t('dashboard_empty_title')}</strong>
          <p>{t('dashboard_empty_body')}</p>
          <div class="row-center">
            <button type="button" class="primary" onClick={() => setCreating(true)}>
              {t('dashboard_new_loop')}
            </button>
            <button type="button" onClick={loadSample}>
              {t('dashboard_load_sample')}
            </button>
          </div>
        </div>
      )}
      {state.phase === 'ready' &&
        STATUS_ORDER.map((status) => {
          const rows = state.data.rows.filter((row) => row.loop.status === status);
          if (rows.length === 0) return null;
          return (
            <div key={status} class="status-group">
              <h3>
                {t(statusKey(status))} <span class="count">{rows.length}</span>
              </h3>
              <ul class="cards">
                {rows.map((row) => (
                  <LoopCard
                    key={row.loop.id}
                    row={row}
                    step={state.data.steps.get(row.loop.id)}
                    today={today}
                  />
                ))}
              </ul>
            </div>
          );
        })}
      {creating && <NewLoopDialog onClose={closeNewLoop} />}
    </section>
  );
}
