import { useState } from 'preact/hooks';
import { recordMeeting, updateParticipation } from '../../../db/participations';
import { write } from '../../../db/transaction';
import { localDate } from '../../../domain/today';
import { t } from '../../../i18n/i18n';
import { Dialog } from '../../../ui/components/Dialog';
import { CheckField, Field } from '../../../ui/components/Field';
import { formatDate } from '../../format';
import { useStore } from '../../store';
import type { Participant } from './load';

/** "We met": some of the loop's people, on one date (a thank-you for each follows from it). */
export function MeetingDialog({
  loopId,
  participants,
  onClose,
}: {
  loopId: string;
  participants: Participant[];
  onClose: () => void;
}) {
  const { run } = useStore();
  const [on, setOn] = useState(localDate());
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(chosen);
    if (checked) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  return (
    <Dialog title={t('dashboard_we_met')} onClose={onClose}>
      <form
        class="form"
        onSubmit={async (event) => {
          event.preventDefault();
          const before = new Map(participants.map((row) => [row.person.id, row.participation.met]));
          const done = await run(() => recordMeeting(loopId, [...chosen], on).then(() => true), {
            done: t('dashboard_meeting_recorded', { count: chosen.size, date: formatDate(on) }),
            // Every meeting taken back in one write.
            undo: () =>
              write(async () => {
                for (const row of participants)
                  if (chosen.has(row.person.id))
                    await updateParticipation(row.participation.id, { met: before.get(row.person.id) ?? [] });
              }),
          });
          if (done) onClose();
        }}
      >
        <fieldset class="checks">
          <legend>{t('dashboard_who_was_there')}</legend>
          {participants.map(({ person }) => (
            <CheckField
              key={person.id}
              label={person.name}
              checked={chosen.has(person.id)}
              onChange={(checked) => toggle(person.id, checked)}
            />
          ))}
        </fieldset>
        <Field label={t('dashboard_meeting_date')}>
          <input type="date" required value={on} onInput={(e) => setOn(e.currentTarget.value)} />
        </Field>
        <div class="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('ui_cancel')}
          </button>
          <button type="submit" class="primary" disabled={chosen.size === 0}>
            {t('ui_save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
