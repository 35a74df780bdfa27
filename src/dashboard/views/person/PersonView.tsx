import { useState } from 'preact/hooks';
import { roleKeyOf } from '../../../db/due';
import { deletePersonUndoable, deleteTouchUndoable, restoreSnapshot } from '../../../db/snapshot';
import { localDate } from '../../../domain/today';
import { t } from '../../../i18n/i18n';
import { roleKey } from '../../../i18n/labels';
import { ConfirmDelete } from '../../../ui/components/ConfirmDelete';
import { formatDate } from '../../format';
import { channelKey } from '../../labels';
import { href, navigate } from '../../router';
import { useLoad, useStore } from '../../store';
import { ReminderList } from '../agenda/ReminderList';
import { openReminders } from '../loop/open-reminders';
import { EditPersonDialog } from './EditPersonDialog';
import { loadPersonPage } from './load';
import { MergeDialog } from './MergeDialog';
import { PersonNotes } from './PersonNotes';
import { ProfileLinks } from './ProfileLinks';
import { TouchDialog } from './TouchDialog';

/** #/people/<id>: everything about one person — loops, touches, reminders, notes, links. */
export function PersonView({ id }: { id: string }) {
  const { run } = useStore();
  const state = useLoad(() => loadPersonPage(id), [id]);
  const [dialog, setDialog] = useState<'edit' | 'merge' | 'touch' | null>(null);
  if (state.phase === 'loading') return <p class="muted">{t('dashboard_loading')}</p>;
  if (state.phase === 'error')
    return (
      <div class="empty">
        <strong>{state.error}</strong>
        <a href={href('people')}>{t('dashboard_back_to_people')}</a>
      </div>
    );
  const page = state.data;
  const { person } = page;
  const pending = openReminders(page.reminders, localDate());
  const label = (loopId: string | undefined) => {
    const entry = loopId ? page.loopLabels.get(loopId) : undefined;
    return entry ? t('popup_loop', { company: entry.company?.name ?? '', role: entry.loop.role }) : '';
  };

  return (
    <article aria-labelledby="person-heading">
      <a class="back" href={href('people')}>
        {t('dashboard_back_to_people')}
      </a>
      <div class="page-header">
        <div class="title-block">
          <h2 id="person-heading" class="truncate">
            {person.name}
          </h2>
          <p class="subtitle truncate">
            {[person.headline, person.company, person.location].filter(Boolean).join(' · ')}
          </p>
        </div>
        <div class="actions">
          <button type="button" onClick={() => setDialog('edit')}>
            {t('dashboard_edit')}
          </button>
          <button type="button" onClick={() => setDialog('merge')}>
            {t('dashboard_merge')}
          </button>
          <ConfirmDelete
            label={t('dashboard_delete_person')}
            question={t('dashboard_delete_person_question', { name: person.name })}
            detail={t('dashboard_delete_person_detail')}
            onConfirm={async () => {
              const snapshot = await run(() => deletePersonUndoable(person.id), {
                done: t('dashboard_person_deleted', { name: person.name }),
                undo: async (saved) => {
                  await restoreSnapshot(saved);
                  navigate('people', person.id);
                },
              });
              if (snapshot) navigate('people');
            }}
          />
        </div>
      </div>
      <section class="panel" aria-labelledby="person-reminders-heading">
        <h3 id="person-reminders-heading">{t('dashboard_reminders')}</h3>
        {pending.length === 0 ? (
          <p class="muted">{t('dashboard_no_pending_reminders')}</p>
        ) : (
          <ReminderList
            reminders={pending}
            people={new Map([[person.id, person]])}
            loops={page.loopLabels}
            roles={new Map(page.loops.map((l) => [roleKeyOf(l.loop.id, person.id), l.participation.role]))}
          />
        )}
      </section>
      <div class="columns">
        <ProfileLinks person={person} />
        <section class="panel" aria-labelledby="person-loops-heading">
          <h3 id="person-loops-heading">{t('dashboard_loops_sat_in')}</h3>
          {page.loops.length === 0 ? (
            <p class="muted">{t('dashboard_in_no_loop')}</p>
          ) : (
            <ul class="plain list">
              {page.loops.map(({ participation: p, loop, company }) => (
                <li key={p.id}>
                  <a class="truncate" href={href('loops', loop.id)}>
                    {t('popup_loop', { company: company?.name ?? '', role: loop.role })}
                  </a>
                  <span class="muted">
                    {[
                      t(roleKey(p.role)),
                      p.hitItOff ? t('dashboard_hit_it_off') : '',
                      p.met.length
                        ? t('dashboard_met_dates', { dates: p.met.map(formatDate).join(', ') })
                        : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section class="panel" aria-labelledby="touches-heading">
        <div class="section-header">
          <h3 id="touches-heading">{t('dashboard_touches')}</h3>
          <button type="button" onClick={() => setDialog('touch')}>
            {t('dashboard_log_touch')}
          </button>
        </div>
        {page.touches.length === 0 ? (
          <p class="muted">{t('dashboard_no_touches')}</p>
        ) : (
          <ul class="plain list">
            {page.touches.map((touch) => (
              <li key={touch.id} class="row">
                <span class="nowrap">{formatDate(touch.on)}</span>
                <span>{t(channelKey(touch.channel))}</span>
                <span class="muted truncate grow">
                  {[label(touch.loopId), touch.note].filter(Boolean).join(' — ')}
                </span>
                <ConfirmDelete
                  quiet
                  label={t('ui_delete')}
                  name={t('dashboard_delete_touch_named', { date: formatDate(touch.on) })}
                  question={t('dashboard_delete_touch_question')}
                  onConfirm={async () => {
                    await run(() => deleteTouchUndoable(touch.id), {
                      done: t('dashboard_touch_deleted'),
                      undo: restoreSnapshot,
                    });
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <PersonNotes person={person} />
      {dialog === 'edit' && <EditPersonDialog person={person} onClose={() => setDialog(null)} />}
      {dialog === 'merge' && <MergeDialog keep={person} candidates={[]} onClose={() => setDialog(null)} />}
      {dialog === 'touch' && (
        <TouchDialog
          personId={person.id}
          name={person.name}
          loops={page.loops}
          onClose={() => setDialog(null)}
        />
      )}
    </article>
  );
}
