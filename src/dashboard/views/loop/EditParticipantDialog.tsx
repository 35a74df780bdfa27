import { useState } from 'preact/hooks';
import { updateParticipation } from '../../../db/participations';
import { saveParticipationNotes } from '../../../db/text-fields';
import type { ParticipantRole } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import { Dialog, SaveCancel } from '../../../ui/components/Dialog';
import { CheckField, Field } from '../../../ui/components/Field';
import { NotesEditor } from '../../../ui/components/NotesEditor';
import { formatDate } from '../../format';
import { useStore } from '../../store';
import type { Participant } from './load';
import { RoleField } from './RoleField';

/**
 * A person's part in this loop: role, hit it off, the dates you met (add or remove one) — saved
 * together by the dialog's Save — and notes, saved as typed (a participation has no write time, so a
 * write-ahead copy left by a cut-off write is always restored: storedAt 0).
 */
export function EditParticipantDialog({ row, onClose }: { row: Participant; onClose: () => void }) {
  const { run } = useStore();
  const { participation: p, person } = row;
  const [role, setRole] = useState<ParticipantRole>(p.role);
  const [hitItOff, setHitItOff] = useState(p.hitItOff);
  const [met, setMet] = useState<string[]>(p.met);
  const [newDate, setNewDate] = useState('');
  return (
    <Dialog title={t('dashboard_edit_participant', { name: person.name })} onClose={onClose}>
      <form
        class="form"
        onSubmit={async (event) => {
          event.preventDefault();
          const previous = { role: p.role, hitItOff: p.hitItOff, met: p.met };
          const saved = await run(() => updateParticipation(p.id, { role, hitItOff, met }), {
            done: t('dashboard_saved_named', { name: person.name }),
            undo: () => updateParticipation(p.id, previous),
          });
          if (saved) onClose();
        }}
      >
        <RoleField role={role} onChange={setRole} />
        <CheckField label={t('dashboard_hit_it_off')} checked={hitItOff} onChange={setHitItOff} />
        <fieldset class="checks">
          <legend>{t('dashboard_met_on')}</legend>
          {met.length === 0 && <p class="muted">{t('dashboard_not_met')}</p>}
          <ul class="plain">
            {met.map((date) => (
              <li key={date} class="row">
                <span>{formatDate(date)}</span>
                <button
                  type="button"
                  class="link"
                  aria-label={t('dashboard_remove_date', { date: formatDate(date) })}
                  onClick={() => setMet(met.filter((d) => d !== date))}
                >
                  {t('dashboard_remove')}
                </button>
              </li>
            ))}
          </ul>
          <div class="row">
            <Field label={t('dashboard_add_meeting_date')}>
              <input type="date" value={newDate} onInput={(e) => setNewDate(e.currentTarget.value)} />
            </Field>
            <button
              type="button"
              disabled={!newDate}
              onClick={() => {
                setMet([...new Set([...met, newDate])].sort());
                setNewDate('');
              }}
            >
              {t('dashboard_add_date')}
            </button>
          </div>
        </fieldset>
        <NotesEditor
          label={t('dashboard_notes_for_loop')}
          value={p.notes}
          save={(text) => saveParticipationNotes(p.id, text)}
          storageKey={`participation:${p.id}:notes`}
          storedAt={0}
          rows={3}
        />
        <SaveCancel onCancel={onClose} />
      </form>
    </Dialog>
  );
}
