import { t } from '../i18n/i18n';
import type { CapturedPerson, KnownPerson } from '../messages';

export interface ListRow {
  person: CapturedPerson;
  checked: boolean;
  /** The saved person this one already is, used instead of a new record. */
  known?: KnownPerson;
}

/** The people a team or speakers page lists, each to tick; those already saved say so. */
export function PeopleList({ rows, onChange }: { rows: ListRow[]; onChange: (rows: ListRow[]) => void }) {
  const all = rows.every((row) => row.checked);
  return (
    <fieldset class="people">
      <legend>{t('capture_list_title', { count: rows.length })}</legend>
      <button
        type="button"
        class="link"
        onClick={() => onChange(rows.map((row) => ({ ...row, checked: !all })))}
      >
        {all ? t('capture_list_none') : t('capture_list_all')}
      </button>
      <ul>
        {rows.map((row, index) => (
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
                {(row.person.title || row.known) && (
                  <span class="muted truncate block">
                    {row.known ? t('capture_list_known') : row.person.title}
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
