import { useState } from 'preact/hooks';
import { createPerson } from '../../../db/people';
import { t } from '../../../i18n/i18n';
import { Dialog, SaveCancel } from '../../../ui/components/Dialog';
import { navigate } from '../../router';
import { useStore } from '../../store';
import { PersonFields, type PersonForm, personInput } from '../person/PersonFields';

const EMPTY: PersonForm = {
  name: '',
  headline: '',
  company: '',
  location: '',
  emails: '',
  phone: '',
  linkedin: '',
  github: '',
  other: '',
  connected: false,
  tags: '',
};

/** Someone met outside a loop (a recruiter, a contact): saved now, added to loops later. */
export function NewPersonDialog({ onClose }: { onClose: () => void }) {
  const { run } = useStore();
  const [form, setForm] = useState<PersonForm>(EMPTY);
  return (
    <Dialog title={t('dashboard_new_person')} onClose={onClose} wide>
      <form
        class="form"
        onSubmit={async (event) => {
          event.preventDefault();
          const person = await run(() => createPerson(personInput(form)), {
            done: t('dashboard_saved_named', { name: form.name.trim() }),
          });
          if (person) {
            onClose();
            navigate('people', person.id);
          }
        }}
      >
        <PersonFields form={form} onChange={setForm} />
        <SaveCancel onCancel={onClose} />
      </form>
    </Dialog>
  );
}
