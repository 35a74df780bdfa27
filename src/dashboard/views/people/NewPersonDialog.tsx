import { useState } from 'preact/hooks';
import { listLoopsByStatus } from '../../../db/loops';
import { getLoopsWithCompanies } from '../../../db/overview';
import { createPerson } from '../../../db/people';
import { localDate } from '../../../domain/today';
import { ACTIVE_STATUSES, type ParticipantRole } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import { Dialog, SaveCancel } from '../../../ui/components/Dialog';
import { Field } from '../../../ui/components/Field';
import { MET_TODAY, type MetAnswer, MetChoice, metDates } from '../../../ui/components/MetChoice';
import { navigate } from '../../router';
import { useLoad, useStore } from '../../store';
import { RoleField } from '../loop/RoleField';
import { PersonFields, type PersonForm, personInput } from '../person/PersonFields';
import { addedMessage, addToLoop } from './add-to-loop';

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

/** The loops a person can be added to from here: those still open (a live stage or an offer). */
async function openLoops() {
  const loops = await listLoopsByStatus([...ACTIVE_STATUSES, 'offer']);
  const labels = await getLoopsWithCompanies(loops.map((loop) => loop.id));
  return loops.map((loop) => ({
    id: loop.id,
    label: `${labels.get(loop.id)?.company?.name ?? ''} — ${loop.role}`,
  }));
}

/**
 * A new person: met in one of the open loops (then "When did you meet?" decides the thank-you), or
 * outside any loop (a recruiter, a contact) — saved now, added to loops later, and told so.
 */
export function NewPersonDialog({ onClose }: { onClose: () => void }) {
  const { run, say } = useStore();
  const loops = useLoad(openLoops, []);
  const [form, setForm] = useState<PersonForm>(EMPTY);
  const [loopId, setLoopId] = useState('');
  const [role, setRole] = useState<ParticipantRole>('interviewer');
  const [met, setMet] = useState<MetAnswer>(MET_TODAY);
  const [problem, setProblem] = useState(false);
  const today = localDate();
  const choices = loops.phase === 'ready' ? loops.data : [];
  const loopLabel = choices.find((loop) => loop.id === loopId)?.label ?? '';

  const save = async (event: Event) => {
    event.preventDefault();
    const noDate = !!loopId && met.when === 'earlier' && !met.on;
    setProblem(noDate);
    if (noDate) return;
    // With a loop chosen, the person and their place in it are one write (addToLoop).
    const result = await run(async () => {
      const added = loopId
        ? await addToLoop({
            loopId,
            who: { create: personInput(form) },
            role,
            hitItOff: false,
            met: metDates(met, today),
          })
        : undefined;
      return { person: added?.person ?? (await createPerson(personInput(form))), added };
    });
    if (!result) return;
    const name = form.name.trim();
    say(
      result.added
        ? addedMessage({ name, company: loopLabel }, met, result.added, today)
        : t('dashboard_saved_no_loop', { name }),
    );
    onClose();
    navigate('people', result.person.id);
  };

  return (
    <Dialog title={t('dashboard_new_person')} onClose={onClose} wide>
      <form class="form" onSubmit={save}>
        <PersonFields form={form} onChange={setForm} />
        <div class="form-row">
          <Field label={t('dashboard_new_person_loop')}>
            <select value={loopId} onChange={(e) => setLoopId(e.currentTarget.value)}>
              <option value="">{t('dashboard_new_person_no_loop')}</option>
              {choices.map((loop) => (
                <option key={loop.id} value={loop.id}>
                  {loop.label}
                </option>
              ))}
            </select>
          </Field>
          {loopId && <RoleField role={role} onChange={setRole} />}
        </div>
        {loopId ? (
          <MetChoice value={met} onChange={setMet} today={today} name={form.name} />
        ) : (
          <p class="muted">{t('dashboard_new_person_no_loop_consequence')}</p>
        )}
        {problem && (
          <p class="error" role="alert">
            {t('dashboard_met_pick_date')}
          </p>
        )}
        <SaveCancel onCancel={onClose} />
      </form>
    </Dialog>
  );
}
