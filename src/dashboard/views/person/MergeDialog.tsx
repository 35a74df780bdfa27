import { useMemo, useState } from 'preact/hooks';
import { mergePeople } from '../../../db/merge';
import { listPeople } from '../../../db/people';
import type { Person } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import { Dialog } from '../../../ui/components/Dialog';
import { Field } from '../../../ui/components/Field';
import { navigate } from '../../router';
import { useLoad, useStore } from '../../store';
import { matchesName } from '../loop/AddPersonDialog';

/**
 * Merging two records of one person into `keep`. The other record's loops, touches and reminders
 * move over and it is deleted. Merging cannot be undone in one click (the records are joined), so
 * the dialog says so and asks for the explicit button.
 */
export function MergeDialog({
  keep,
  candidates,
  onClose,
}: {
  keep: Person;
  /** Offered first (records sharing the name); any other person can be searched. */
  candidates: Person[];
  onClose: () => void;
}) {
  const { run } = useStore();
  const everyone = useLoad(listPeople, []);
  const [query, setQuery] = useState('');
  const [other, setOther] = useState<Person | null>(candidates[0] ?? null);
  const found = useMemo(() => {
    if (everyone.phase !== 'ready') return candidates;
    const searched = query ? everyone.data.filter((p) => matchesName(p, query)) : candidates;
    return searched.filter((p) => p.id !== keep.id).slice(0, 8);
  }, [everyone, query, candidates, keep.id]);

  return (
    <Dialog title={t('dashboard_merge_title', { name: keep.name })} onClose={onClose}>
      <p>{t('dashboard_merge_intro', { name: keep.name })}</p>
      <Field label={t('dashboard_merge_search')}>
        <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </Field>
      <fieldset class="checks">
        <legend>{t('dashboard_merge_which')}</legend>
        {found.length === 0 && <p class="muted">{t('dashboard_merge_none')}</p>}
        {found.map((person) => (
          <label key={person.id} class="check-field">
            <input
              type="radio"
              name="merge-other"
              checked={other?.id === person.id}
              onChange={() => setOther(person)}
            />
            <span class="truncate">
              {person.name}
              <span class="muted"> {[person.headline, person.company].filter(Boolean).join(' · ')}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div class="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('ui_cancel')}
        </button>
        <button
          type="button"
          class="primary"
          disabled={!other}
          onClick={async () => {
            if (!other) return;
            const merged = await run(() => mergePeople(keep.id, other.id), {
              done: t('dashboard_merged', { name: keep.name }),
            });
            if (merged) {
              onClose();
              navigate('people', keep.id);
            }
          }}
        >
          {t('dashboard_merge_confirm')}
        </button>
      </div>
    </Dialog>
  );
}
