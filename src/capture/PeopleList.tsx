import { useState } from 'preact/hooks';
import { t } from '../i18n/i18n';
import type { CapturedPerson, KnownPerson } from '../messages';

export interface ListRow {
  person: CapturedPerson;
  checked: boolean;
  /** The saved person this one already is, used instead of a new record. */
  known?: KnownPerson;
}

/** Lower case without accents, so "jose" finds "José". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function matches(row: ListRow, query: string): boolean {
  const { name, title = '', company = '' } = row.person;
  return fold(`${name} ${title} ${company}`).includes(query);
}

/**
 * The people a team or speakers page lists, each to tick (none ticked at first: a page of a hundred is
 * a list to choose from); those already saved say so. The filter narrows the list by name, title or
 * company, and "Tick all" ticks what the filter shows.
 */
export function PeopleList({ rows, onChange }: { rows: ListRow[]; onChange: (rows: ListRow[]) => void }) {
  const [filter, setFilter] = useState('');
  const query = fold(filter.trim());
  const shown = rows.map((row, index) => ({ row, index })).filter(({ row }) => !query || matches(row, query));
  const all = shown.length > 0 && shown.every(({ row }) => row.checked);
  const visible = new Set(shown.map(({ index }) => index));
  const ticked = rows.filter((row) => row.checked).length;
  return (
    <fieldset class="people">
      <legend>{t('capture_list_title', { count: rows.length })}</legend>
      <button
        type="button"
        class="link"
        disabled={!shown.length}
        onClick={() => onChange(rows.map((row, i) => (visible.has(i) ? { ...row, checked: !all } : row)))}
      >
        {all ? t('capture_list_none') : t('capture_list_all')}
      </button>
      {rows.length > 5 && (
        <label class="people-filter">
          <span class="visually-hidden">{t('capture_list_filter')}</span>
          <input
            type="search"
            value={filter}
            placeholder={t('capture_list_filter')}
            onInput={(event) => setFilter(event.currentTarget.value)}
          />
        </label>
      )}
      <p class="muted people-count" aria-live="polite">
        {t('capture_list_shown', { shown: shown.length, count: rows.length, ticked })}
      </p>
      <ul>
        {shown.map(({ row, index }) => (
          <li key={`${row.person.name}-${index}`}>
            <label class="choice">
              <input
                type="checkbox"
                checked={row.checked}
                onChange={(event) =>
                  onChange(
                    rows.map((r, i) => (i === index ? { ...r, checked: event.currentTarget.checked } : r)),
                  )
                }
              />
              <span class="who">
                <span class="truncate block">{row.person.name}</span>
                {(row.person.title || row.person.company || row.known) && (
                  <span class="muted truncate block">
                    {row.known
                      ? t('capture_list_known')
                      : [row.person.title, row.person.company].filter(Boolean).join(' · ')}
                  </span>
                )}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
