import { useState } from 'preact/hooks';
import type { PersonLoop } from '../../../db/overview';
import { deleteTouchUndoable } from '../../../db/snapshot';
import { logTouch } from '../../../db/touches';
import { localDate } from '../../../domain/today';
import { TOUCH_CHANNELS, type TouchChannel } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import { ChoiceSelect } from '../../../ui/components/ChoiceSelect';
import { Dialog, SaveCancel } from '../../../ui/components/Dialog';
import { Field } from '../../../ui/components/Field';
import { channelKey } from '../../labels';
import { useStore } from '../../store';

/** "Log a touch": a contact made outside the reminders (a call, a coffee); it moves the update series on. */
export function TouchDialog({
  personId,
  name,
  loops,
  onClose,
}: {
  personId: string;
  name: string;
  loops: PersonLoop[];
  onClose: () => void;
}) {
  const { run } = useStore();
  const [on, setOn] = useState(localDate());
  const [channel, setChannel] = useState<TouchChannel>('email');
  const [loopId, setLoopId] = useState(loops[0]?.loop.id ?? '');
  const [note, setNote] = useState('');
  return (
    <Dialog title={t('dashboard_log_touch_with', { name })} onClose={onClose}>
      <form
        class="form"
        onSubmit={async (event) => {
          event.preventDefault();
          const touch = await run(
            () => logTouch({ personId, on, channel, note, ...(loopId ? { loopId } : {}) }),
            { done: t('dashboard_touch_logged'), undo: (saved) => deleteTouchUndoable(saved.id) },
          );
          if (touch) onClose();
        }}
      >
        <div class="form-row">
          <Field label={t('dashboard_touch_date')}>
            <input type="date" required value={on} onInput={(e) => setOn(e.currentTarget.value)} />
          </Field>
          <Field label={t('dashboard_channel')}>
            <ChoiceSelect
              value={channel}
              choices={TOUCH_CHANNELS}
              label={(choice) => t(channelKey(choice))}
              onChange={setChannel}
            />
          </Field>
        </div>
        <Field label={t('dashboard_touch_loop')}>
          <select value={loopId} onChange={(e) => setLoopId(e.currentTarget.value)}>
            <option value="">{t('dashboard_no_loop')}</option>
            {loops.map((l) => (
              <option key={l.loop.id} value={l.loop.id}>
                {t('popup_loop', { company: l.company?.name ?? '', role: l.loop.role })}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('dashboard_touch_note')}>
          <textarea rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </Field>
        <SaveCancel onCancel={onClose} />
      </form>
    </Dialog>
  );
}
