import { useState } from 'preact/hooks';
import { findOrCreateCompany, listCompanies } from '../../../db/companies';
import { createLoop } from '../../../db/loops';
import { write } from '../../../db/transaction';
import { localDate } from '../../../domain/today';
import { ACTIVE_STATUSES, LOOP_SOURCES } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import { statusKey } from '../../../i18n/labels';
import { ChoiceSelect } from '../../../ui/components/ChoiceSelect';
import { Dialog, SaveCancel } from '../../../ui/components/Dialog';
import { Field } from '../../../ui/components/Field';
import { sourceKey } from '../../labels';
import { navigate } from '../../router';
import { useLoad, useStore } from '../../store';

/**
 * "New loop": the company is typed or picked from those already saved (a datalist, so both work in
 * one field; findOrCreateCompany matches ignoring case and spacing).
 */
export function NewLoopDialog({ onClose }: { onClose: () => void }) {
  const { run } = useStore();
  const companies = useLoad(listCompanies, []);
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [source, setSource] = useState('');
  const [status, setStatus] = useState<string>('applied');
  const [on, setOn] = useState(localDate());

  const save = async (event: Event) => {
    event.preventDefault();
    const loop = await run(
      // The company and the loop are one write: never a new company with no loop.
      () =>
        write(async () => {
          const saved = await findOrCreateCompany({ name: company });
          return createLoop({ companyId: saved.id, role, status, on, ...(source ? { source } : {}) });
        }),
      { done: t('dashboard_loop_created', { company: company.trim() }) },
    );
    if (loop) {
      onClose();
      // The new loop is where the user goes next: adding the people they are meeting.
      navigate('loops', loop.id);
    }
  };

  return (
    <Dialog title={t('dashboard_new_loop')} onClose={onClose}>
      <form class="form" onSubmit={save}>
        <Field label={t('dashboard_company')}>
          <input
            required
            list="company-names"
            value={company}
            onInput={(e) => setCompany(e.currentTarget.value)}
          />
        </Field>
        <datalist id="company-names">
          {companies.phase === 'ready' && companies.data.map((c) => <option key={c.id} value={c.name} />)}
        </datalist>
        <Field label={t('dashboard_role')}>
          <input required value={role} onInput={(e) => setRole(e.currentTarget.value)} />
        </Field>
        <div class="form-row">
          <Field label={t('dashboard_source')}>
            <ChoiceSelect
              value={source}
              choices={LOOP_SOURCES}
              label={(choice) => t(sourceKey(choice))}
              onChange={setSource}
              none={{ label: t('dashboard_source_none') }}
            />
          </Field>
          <Field label={t('dashboard_stage')}>
            <ChoiceSelect
              value={status}
              choices={ACTIVE_STATUSES}
              label={(choice) => t(statusKey(choice))}
              onChange={setStatus}
            />
          </Field>
          <Field label={t('dashboard_since')}>
            <input type="date" required value={on} onInput={(e) => setOn(e.currentTarget.value)} />
          </Field>
        </div>
        <SaveCancel onCancel={onClose} />
      </form>
    </Dialog>
  );
}
