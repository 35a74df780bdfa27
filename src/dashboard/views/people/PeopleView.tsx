import { useEffect, useMemo, useState } from 'preact/hooks';
import { listPeopleOverviews, type PersonOverview } from '../../../db/overview';
import { duplicateGroupsOf } from '../../../domain/duplicates';
import { matchesQuery, queryWords, searchKeys } from '../../../domain/names';
import { t } from '../../../i18n/i18n';
import { GrowingMarker, useGrowingCount } from '../../growing-list';
import { href } from '../../router';
import { useLoad } from '../../store';
import { MergeDialog } from '../person/MergeDialog';
import { NewPersonDialog } from './NewPersonDialog';

/**
 * The search words of a row, worked out once per loaded row (folding 10,000 names on every key press
 * was most of a key's half second).
 */
const rowKeys = new WeakMap<PersonOverview, string[]>();
function keysOf(row: PersonOverview): string[] {
  let keys = rowKeys.get(row);
  if (!keys) {
    keys = searchKeys(
      [
        row.person.name,
        row.person.company ?? '',
        row.person.headline ?? '',
        ...row.loops.flatMap((l) => [l.company?.name ?? '', l.loop.role]),
      ].join(' '),
    );
    rowKeys.set(row, keys);
  }
  return keys;
}

/** Every word typed must start a word of the name, company, a loop's company or a loop's role (domain/names). */
export function matchesSearch(row: PersonOverview, query: string | string[][]): boolean {
  return matchesQuery(query, keysOf(row));
}

/** Works out the rows' search words in small slices after the list is drawn, before the first key. */
function prepareSearch(rows: readonly PersonOverview[]): () => void {
  let next = 0;
  let timer = setTimeout(function slice() {
    const end = Math.min(next + 500, rows.length);
    for (; next < end; next++) keysOf(rows[next] as PersonOverview);
    if (next < rows.length) timer = setTimeout(slice, 0);
  }, 0);
  return () => clearTimeout(timer);
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
  const shown = useMemo(() => {
    const words = queryWords(query);
    return words.length ? rows.filter((row) => matchesSearch(row, words)) : rows;
  }, [rows, query]);
  const duplicates = useMemo(() => duplicateGroups(rows), [rows]);
  useEffect(() => prepareSearch(rows), [rows]);
  const { drawn, marker } = useGrowingCount(shown.length, query);

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
              {shown.slice(0, drawn).map((row, index) => (
                <PersonCard key={row.person.id} row={row} position={index + 1} of={shown.length} />
              ))}
              <GrowingMarker marker={marker} more={drawn < shown.length} />
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

function PersonCard({ row, position, of }: { row: PersonOverview; position: number; of: number }) {
  const { person, loops } = row;
  return (
    <li class="card person-card" aria-posinset={position} aria-setsize={of}>
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
