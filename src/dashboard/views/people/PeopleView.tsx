import { useMemo, useState } from 'preact/hooks';
import { listPeopleOverviews, type PersonOverview } from '../../../db/overview';
import { duplicateGroupsOf } from '../../../domain/duplicates';
import { matchesQuery, searchKeys } from '../../../domain/names';
import { t } from '../../../i18n/i18n';
import { href } from '../../router';
import { useLoad } from '../../store';
import { MergeDialog } from '../person/MergeDialog';
import { NewPersonDialog } from './NewPersonDialog';

/** Every word typed must start a word of the name, company, a loop's company or a loop's role (domain/names). */
export function matchesSearch(row: PersonOverview, query: string): boolean {
  return matchesQuery(
    query,
    searchKeys(
      [
        row.person.name,
        row.person.company ?? '',
        row.person.headline ?? '',
        ...row.loops.flatMap((l) => [l.company?.name ?? '', l.loop.role]),
      ].join(' '),
    ),
  );
}

/** Records that may be one person saved twice (domain/duplicates): candidates for merging. */
export function duplicateGroups(rows: PersonOverview[]): PersonOverview[][] {
  return duplicateGroupsOf(rows, ({ person, loops }) => ({
    id: person.id,
    nameKey: person.nameKey,
    profileKeys: person.profileKeys,
    emails: person.emails,
    companies: [person.company ?? '', ...loops.map((l) => l.company?.name ?? '')],
  }));
}

/** #/people: the directory, searchable by name, company and loop; duplicates offered for merging. */
export function PeopleView() {
  const state = useLoad(listPeopleOverviews, []);
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const [merging, setMerging] = useState<PersonOverview[] | null>(null);
  const rows = state.phase === 'ready' ? state.data : [];
  const shown = useMemo(() => rows.filter((row) => matchesSearch(row, query)), [rows, query]);
  const duplicates = useMemo(() => duplicateGroups(rows), [rows]);

  return (
    <section aria-labelledby="people-heading">
      <div class="page-header">
        <h2 id="people-heading">{t('dashboard_nav_people')}</h2>
        <button type="button" class="primary" onClick={() => setCreating(true)}>
          {t('dashboard_new_person')}
        </button>
      </div>
      {state.phase === 'error' && <p class="error">{state.error}</p>}
      {state.phase === 'ready' && rows.length === 0 && (
        <div class="empty">
          <strong>{t('dashboard_people_empty_title')}</strong>
          <p>{t('dashboard_people_empty_body')}</p>
        </div>
      )}
      {rows.length > 0 && (
        <>
          <label class="search">
            <span class="visually-hidden">{t('dashboard_search_people')}</span>
            <input
              type="search"
              placeholder={t('dashboard_search_people_placeholder')}
              aria-label={t('dashboard_search_people')}
              value={query}
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
          </label>
          {duplicates.length > 0 && (
            <div class="notice" role="note">
              <strong>{t('dashboard_possible_duplicates')}</strong>
              <ul class="plain">
                {duplicates.map((group) => (
                  <li key={group[0]?.person.id} class="row">
                    <span class="truncate">
                      {t('dashboard_duplicate_records', {
                        name: group[0]?.person.name ?? '',
                        count: group.length,
                      })}
                    </span>
                    <button type="button" onClick={() => setMerging(group)}>
                      {t('dashboard_merge_named', { name: group[0]?.person.name ?? '' })}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {shown.length === 0 ? (
            <p class="muted">{t('dashboard_no_match', { query })}</p>
          ) : (
            <ul class="cards">
              {shown.map((row) => (
                <PersonCard key={row.person.id} row={row} />
              ))}
            </ul>
          )}
        </>
      )}
      {creating && <NewPersonDialog onClose={() => setCreating(false)} />}
      {merging?.[0] && (
        <MergeDialog
          keep={merging[0].person}
          candidates={merging.slice(1).map((row) => row.person)}
          onClose={() => setMerging(null)}
        />
      )}
    </section>
  );
}

function PersonCard({ row }: { row: PersonOverview }) {
  const { person, loops } = row;
  return (
    <li class="card person-card">
      <div class="card-main">
        <a class="card-title truncate" href={href('people', person.id)}>
          {person.name}
        </a>
        <span class="muted truncate">{[person.headline, person.company].filter(Boolean).join(' · ')}</span>
      </div>
      <span class="chips">
        {loops.length === 0 ? (
          <span class="muted">{t('dashboard_in_no_loop')}</span>
        ) : (
          loops.map((l) => (
            <span key={l.participation.id} class="chip truncate">
              {t('popup_loop', { company: l.company?.name ?? '', role: l.loop.role })}
            </span>
          ))
        )}
      </span>
    </li>
  );
}
