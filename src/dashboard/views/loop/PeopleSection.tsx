import { useState } from 'preact/hooks';
import { removeParticipantUndoable, restoreSnapshot } from '../../../db/snapshot';
import { t } from '../../../i18n/i18n';
import { roleKey } from '../../../i18n/labels';
import { ConfirmDelete } from '../../../ui/components/ConfirmDelete';
import { formatDate } from '../../format';
import { href } from '../../router';
import { useStore } from '../../store';
import { AddPersonDialog } from './AddPersonDialog';
import { EditParticipantDialog } from './EditParticipantDialog';
import type { LoopPage, Participant } from './load';
import { MeetingDialog } from './MeetingDialog';

/** The loop's people: role, hit it off, meeting dates; add someone, record a meeting, edit, remove. */
export function PeopleSection({ page }: { page: LoopPage }) {
  const { run } = useStore();
  const [dialog, setDialog] = useState<'add' | 'met' | null>(null);
  const [editing, setEditing] = useState<Participant | null>(null);
  const { participants, loop } = page;
  return (
    <section class="panel" aria-labelledby="people-heading">
      <div class="section-header">
        <h3 id="people-heading">{t('dashboard_people_in_loop')}</h3>
        <div class="actions">
          <button type="button" disabled={participants.length === 0} onClick={() => setDialog('met')}>
            {t('dashboard_we_met')}
          </button>
          <button type="button" class="primary" onClick={() => setDialog('add')}>
            {t('dashboard_add_person')}
          </button>
        </div>
      </div>
      {participants.length === 0 ? (
        <p class="muted">{t('dashboard_no_people_yet')}</p>
      ) : (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard_name')}</th>
              <th scope="col">{t('dashboard_role_in_loop')}</th>
              <th scope="col">{t('dashboard_hit_it_off')}</th>
              <th scope="col">{t('dashboard_met_on')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('dashboard_actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map((row) => {
              const { participation: p, person } = row;
              return (
                <tr key={p.id}>
                  <td>
                    <div class="cell-name">
                      <a class="truncate" href={href('people', person.id)}>
                        {person.name}
                      </a>
                      {person.headline && <span class="muted truncate">{person.headline}</span>}
                    </div>
                  </td>
                  <td>{t(roleKey(p.role))}</td>
                  <td>{p.hitItOff ? t('dashboard_yes') : <span class="muted">{t('dashboard_no')}</span>}</td>
                  <td>
                    {p.met.length ? (
                      p.met.map(formatDate).join(', ')
                    ) : (
                      <span class="muted">{t('dashboard_not_met')}</span>
                    )}
                  </td>
                  <td>
                    <div class="cell-actions">
                      <button
                        type="button"
                        class="link"
                        aria-label={t('dashboard_edit_named', { name: person.name })}
                        onClick={() => setEditing(row)}
                      >
                        {t('dashboard_edit')}
                      </button>
                      <ConfirmDelete
                        quiet
                        label={t('dashboard_remove')}
                        name={t('dashboard_remove_named', { name: person.name })}
                        question={t('dashboard_remove_question', { name: person.name })}
                        detail={t('dashboard_remove_detail')}
                        onConfirm={async () => {
                          await run(() => removeParticipantUndoable(p.id), {
                            done: t('dashboard_removed', { name: person.name }),
                            undo: restoreSnapshot,
                          });
                        }}
                      />
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {dialog === 'add' && <AddPersonDialog page={page} onClose={() => setDialog(null)} />}
      {dialog === 'met' && (
        <MeetingDialog loopId={loop.id} participants={participants} onClose={() => setDialog(null)} />
      )}
      {editing && <EditParticipantDialog row={editing} onClose={() => setEditing(null)} />}
    </section>
  );
}
