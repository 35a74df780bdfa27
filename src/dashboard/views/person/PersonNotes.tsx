import { savePersonNotes } from '../../../db/text-fields';
import type { Person } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import { NotesEditor } from '../../../ui/components/NotesEditor';

/** The person's notes, saved as typed. */
export function PersonNotes({ person }: { person: Person }) {
  return (
    <section class="panel" aria-labelledby="person-notes-heading">
      <h3 id="person-notes-heading">{t('dashboard_notes')}</h3>
      <NotesEditor
        label={t('dashboard_person_notes')}
        value={person.notes}
        save={(text) => savePersonNotes(person.id, text)}
        storageKey={`person:${person.id}:notes`}
        storedAt={person.updatedAt}
      />
    </section>
  );
}
