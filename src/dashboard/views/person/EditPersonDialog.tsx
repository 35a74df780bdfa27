import { useState } from 'preact/hooks';
import { updatePerson } from '../../../db/people';
import type { Person } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import { Dialog, SaveCancel } from '../../../ui/components/Dialog';
import { useStore } from '../../store';
import { PersonFields, personForm, personInput } from './PersonFields';

export function EditPersonDialog({ person, onClose }: { person: Person; onClose: () => void }) {
  const { run } = useStore();
  const [form, setForm] = useState(personForm(person));
  return (
    <Dialog title={t('dashboard_edit_named', { name: person.name })} onClose={onClose} wide>
      <form
        class="form"
        onSubmit={async (event) => {
          event.preventDefault();
          const saved = await run(() => updatePerson(person.id, personInput(form)), {
            done: t('dashboard_saved_named', { name: form.name.trim() }),
            undo: () => updatePerson(person.id, personInput(personForm(person))),
          });
          if (saved) onClose();
        }}
      >
        <PersonFields form={form} onChange={setForm} />
        <SaveCancel onCancel={onClose} />
      </form>
    </Dialog>
  );
}
