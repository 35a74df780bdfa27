import { useEffect, useState } from 'preact/hooks';
import { deleteLoopUndoable, restoreSnapshot } from '../../../db/snapshot';
import { t } from '../../../i18n/i18n';
import { statusKey } from '../../../i18n/labels';
import { ConfirmDelete } from '../../../ui/components/ConfirmDelete';
import { sourceKey } from '../../labels';
import { href, navigate } from '../../router';
import { useLoad, useStore } from '../../store';
import { EditLoopDialog } from './EditLoopDialog';
import { LoopNotes } from './LoopNotes';
import { LoopReview } from './LoopReview';
import { loadLoopPage } from './load';
import { NextSteps } from './NextSteps';
import { OfferPanel } from './OfferPanel';
import { OutcomePanel } from './OutcomePanel';
import { PeopleSection } from './PeopleSection';
import { StatusHistory } from './StatusHistory';
import { Timeline } from './Timeline';

/** #/loops/<id>: one interview process. `#/loops/<id>/review` scrolls to its review. */
export function LoopView({ id, rest }: { id: string; rest?: string }) {
  const { run } = useStore();
  const state = useLoad(() => loadLoopPage(id), [id]);
  const [editing, setEditing] = useState(false);
  const ready = state.phase === 'ready';
  useEffect(() => {
    if (ready && rest) document.getElementById(rest)?.scrollIntoView();
  }, [ready, rest]);

  if (state.phase === 'loading') return <p class="muted">{t('dashboard_loading')}</p>;
  if (state.phase === 'error')
    return (
      <div class="empty">
        <strong>{state.error}</strong>
        <a href={href('loops')}>{t('dashboard_back_to_loops')}</a>
      </div>
    );
  const page = state.data;
  const { loop, company } = page;

  return (
    <article class="loop-page" aria-labelledby="loop-heading">
      <a class="back" href={href('loops')}>
        {t('dashboard_back_to_loops')}
      </a>
      <div class="page-header">
        <div class="title-block">
          <h2 id="loop-heading" class="truncate">
            {company.name}
          </h2>
          <p class="subtitle truncate">
            {loop.role}
            {loop.source && <span class="muted"> · {t(sourceKey(loop.source))}</span>}
          </p>
        </div>
        <span class={`badge badge-${loop.status}`}>{t(statusKey(loop.status))}</span>
        <div class="actions">
          <button type="button" onClick={() => setEditing(true)}>
            {t('dashboard_edit_loop')}
          </button>
          <ConfirmDelete
            label={t('dashboard_delete_loop')}
            question={t('dashboard_delete_loop_question', { company: company.name, role: loop.role })}
            detail={t('dashboard_delete_loop_detail')}
            onConfirm={async () => {
              const snapshot = await run(() => deleteLoopUndoable(loop.id), {
                done: t('dashboard_loop_deleted', { company: company.name }),
                undo: async (saved) => {
                  await restoreSnapshot(saved);
                  navigate('loops', loop.id);
                },
              });
              if (snapshot) navigate('loops');
            }}
          />
        </div>
      </div>
      <NextSteps page={page} />
      {loop.status === 'offer' && <OfferPanel page={page} />}
      <OutcomePanel loop={loop} company={company.name} />
      <PeopleSection page={page} />
      <div class="columns">
        <StatusHistory loop={loop} />
        <LoopNotes loop={loop} />
      </div>
      <LoopReview loop={loop} />
      <Timeline page={page} />
      {editing && <EditLoopDialog loop={loop} onClose={() => setEditing(false)} />}
    </article>
  );
}
