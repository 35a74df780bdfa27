import { useMemo, useState } from 'preact/hooks';
import { listPeople } from '../../../db/people';
import { matchesQuery, nameKey, searchKeys } from '../../../domain/names';
import { localDate } from '../../../domain/today';
import type { ParticipantRole, Person } from '../../../domain/types';
import { type MessageKey, t } from '../../../i18n/i18n';
import { Dialog, SaveCancel } from '../../../ui/components/Dialog';
import { CheckField, Field } from '../../../ui/components/Field';
import { MET_TODAY, type MetAnswer, MetChoice, metDates } from '../../../ui/components/MetChoice';
import { useLoad, useStore } from '../../store';
import { addedMessage, addToLoop } from '../people/add-to-loop';
import { ContactFields } from '../people/ContactFields';
import {
  type ContactDraft,
  contactPatch,
  contactProblem,
  EMPTY_CONTACT,
  newContact,
} from '../people/contact';
import type { LoopPage } from './load';
import { RoleField } from './RoleField';

/** Every word typed starts a word of the name, in any spelling ("hill" finds Dana Hill; domain/names). */
export function matchesName(person: Person, typed: string): boolean {
  if (nameKey(typed).length < 2) return false;
  return matchesQuery(typed, person.nameWords ?? searchKeys(person.name));
}

/**
 * "Add person": a new person, or someone already saved — the people matching the typed name are
 * offered first, so nobody is entered twice.
 */
export function AddPersonDialog({ page, onClose }: { page: LoopPage; onClose: () => void }) {
  const { run, say } = useStore();
  const everyone = useLoad(listPeople, []);
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<Person | null>(null);
  const [hitItOff, setHitItOff] = useState(false);
  const [role, setRole] = useState<ParticipantRole>('interviewer');
  const [headline, setHeadline] = useState('');
  const [met, setMet] = useState<MetAnswer>(MET_TODAY);
  const [contact, setContact] = useState<ContactDraft>(EMPTY_CONTACT);
  const [problem, setProblem] = useState<MessageKey | undefined>();
  const today = localDate();
  const inLoop = new Set(page.participants.map((row) => row.person.id));
  const matches = useMemo(
    () =>
      everyone.phase === 'ready' && !chosen
        ? everyone.data.filter((p) => !inLoop.has(p.id) && matchesName(p, name)).slice(0, 6)
        : [],
    [everyone, name, chosen],
  );

  const save = async (event: Event) => {
    event.preventDefault();
    const wrong =
      contactProblem(contact) ?? (met.when === 'earlier' && !met.on ? 'dashboard_met_pick_date' : undefined);
    setProblem(wrong);
    if (wrong) return;
    const who = { name: chosen?.name ?? name.trim(), company: page.company.name };
    const added = await run(() =>
      addToLoop({
        loopId: page.loop.id,
        who: chosen
          ? { personId: chosen.id, fill: (person) => contactPatch(person, contact) }
          : {
              create: {
                name,
                company: page.company.name,
                ...(headline ? { headline } : {}),
                ...newContact(contact),
              },
            },
        role,
        hitItOff,
        met: metDates(met, today),
      }),
    );
    if (added) {
      say(addedMessage(who, met, added, today));
      onClose();
    }
  };

  return (
    <Dialog title={t('dashboard_add_person_to', { company: page.company.name })} onClose={onClose}>
      <form class="form" onSubmit={save}>
        {chosen ? (
          <div class="chosen" aria-live="polite">
            <span>{t('dashboard_adding_saved', { name: chosen.name })}</span>
            <button type="button" class="link" onClick={() => setChosen(null)}>
              {t('dashboard_not_this_person')}
            </button>
          </div>
        ) : (
          <Field label={t('dashboard_name')} hint={t('dashboard_name_search_hint')}>
            <input required value={name} autoFocus onInput={(e) => setName(e.currentTarget.value)} />
          </Field>
        )}
        {matches.length > 0 && (
          <section class="matches" aria-labelledby="matches-heading">
            <h3 id="matches-heading">{t('dashboard_already_saved')}</h3>
            <ul class="plain">
              {matches.map((person) => (
                <li key={person.id}>
                  <button
                    type="button"
                    class="match"
                    aria-label={t('dashboard_choose_named', { name: person.name })}
                    onClick={() => setChosen(person)}
                  >
                    <span class="truncate">{person.name}</span>
                    <span class="muted truncate">
                      {[person.headline, person.company].filter(Boolean).join(' · ')}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <CheckField label={t('dashboard_hit_it_off')} checked={hitItOff} onChange={setHitItOff} />
        <div class="form-row">
          <RoleField role={role} onChange={setRole} />
          {!chosen && (
            <Field label={t('dashboard_headline_optional')}>
              <input value={headline} onInput={(e) => setHeadline(e.currentTarget.value)} />
            </Field>
          )}
        </div>
        <MetChoice value={met} onChange={setMet} today={today} name={chosen?.name ?? name} />
        <ContactFields draft={contact} onChange={setContact} fillsMissing={!!chosen} />
        {problem && (
          <p class="error" role="alert">
            {t(problem)}
          </p>
        )}
        <SaveCancel onCancel={onClose} />
      </form>
    </Dialog>
  );
}
