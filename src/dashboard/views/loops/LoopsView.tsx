import { useState } from 'preact/hooks';
import { type LoopOverview, listLoopOverviews } from '../../../db/overview';
import { loadSampleData } from '../../../demo/sample-data';
import { localDate } from '../../../domain/today';
import { plural } from '../../../i18n/format';
import { t } from '../../../i18n/i18n';
import { kindKey, statusKey } from '../../../i18n/labels';
import { relativeDay, STATUS_ORDER } from '../../format';
import { href } from '../../router';
import { useLoad, useStore } from '../../store';
import { NewLoopDialog } from './NewLoopDialog';

/** #/loops: every loop grouped by status, newest activity first within a group. */
export function LoopsView() {
  const { run } = useStore();
  const [creating, setCreating] = useState(false);
  const today = localDate();
  const state = useLoad(() => listLoopOverviews(today), []);
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
      {state.phase === 'ready' && state.data.length === 0 && (
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
          const rows = state.data.filter((row) => row.loop.status === status);
          if (rows.length === 0) return null;
          return (
            <div key={status} class="status-group">
              <h3>
                {t(statusKey(status))} <span class="count">{rows.length}</span>
              </h3>
              <ul class="cards">
                {rows.map((row) => (
                  <LoopCard key={row.loop.id} row={row} today={today} />
                ))}
              </ul>
            </div>
          );
        })}
      {creating && <NewLoopDialog onClose={() => setCreating(false)} />}
    </section>
  );
}

function LoopCard({ row, today }: { row: LoopOverview; today: string }) {
  const { loop, company, peopleCount, next } = row;
  return (
    <li class="card loop-card">
      <div class="card-main">
        <a class="card-title truncate" href={href('loops', loop.id)}>
          {company?.name ?? t('dashboard_unknown_company')}
        </a>
        <span class="muted truncate">{loop.role}</span>
      </div>
      <span class="muted nowrap">
        {plural(peopleCount, { one: 'dashboard_person_count', other: 'dashboard_people_count' })}
      </span>
      <span class="card-next truncate">
        {next
          ? t('dashboard_next', { what: t(kindKey(next.kind)), when: relativeDay(next.showOn, today) })
          : t('dashboard_nothing_next')}
      </span>
    </li>
  );
}
