import { useState } from 'preact/hooks';
import { updateLoop } from '../../../db/loops';
import { LOOP_SOURCES, type Loop } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import { ChoiceSelect } from '../../../ui/components/ChoiceSelect';
import { Dialog, SaveCancel } from '../../../ui/components/Dialog';
import { Field } from '../../../ui/components/Field';
import { sourceKey } from '../../labels';
import { useStore } from '../../store';

export function EditLoopDialog({ loop, onClose }: { loop: Loop; onClose: () => void }) {
  const { run } = useStore();
  const [role, setRole] = useState(loop.role);
  const [source, setSource] = useState<string>(loop.source ?? '');
  return (
    <Dialog title={t('dashboard_edit_loop')} onClose={onClose}>
      <form
        class="form"
        onSubmit={async (event) => {
          event.preventDefault();
          const saved = await run(() => updateLoop(loop.id, { role, ...(source ? { source } : {}) }), {
            done: t('dashboard_loop_saved'),
            undo: () =>
              updateLoop(loop.id, { role: loop.role, ...(loop.source ? { source: loop.source } : {}) }),
          });
          if (saved) onClose();
        }}
      >
        <Field label={t('dashboard_role')}>
          <input required value={role} onInput={(e) => setRole(e.currentTarget.value)} />
        </Field>
        <Field label={t('dashboard_source')}>
          <ChoiceSelect
            value={source}
            choices={LOOP_SOURCES}
            label={(choice) => t(sourceKey(choice))}
            onChange={setSource}
            none={{ label: t('dashboard_source_none'), disabled: !!loop.source }}
          />
        </Field>
        <SaveCancel onCancel={onClose} />
      </form>
    </Dialog>
  );
}
