import { useEffect, useState } from 'preact/hooks';
import { addDays } from '../domain/dates';
import { localDate } from '../domain/today';
import { t } from '../ui/i18n';
import { kindKey } from '../ui/labels';
import { loadReminderRows, type ReminderRow } from './load';

type State =
  | { phase: 'loading' }
  | { phase: 'ready'; rows: ReminderRow[] }
  | { phase: 'error'; error: string };

export function App() {
  const [state, setState] = useState<State>({ phase: 'loading' });
  useEffect(() => {
    const today = localDate();
    loadReminderRows(today, addDays(today, 14))
      .then((rows) => setState({ phase: 'ready', rows }))
      .catch((error: unknown) => setState({ phase: 'error', error: String(error) }));
  }, []);

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('popup_title')}</h1>
        <a href="/src/dashboard/index.html" target="_blank" rel="noreferrer">
          {t('popup_open_dashboard')}
        </a>
      </header>
      {state.phase === 'loading' && <p class="muted">{t('popup_loading')}</p>}
      {state.phase === 'error' && <p class="error">{t('popup_load_error', { error: state.error })}</p>}
      {state.phase === 'ready' && <ReminderList rows={state.rows} />}
    </main>
  );
}

function ReminderList({ rows }: { rows: ReminderRow[] }) {
  if (rows.length === 0) {
    return (
      <div class="empty">
        <strong>{t('popup_empty_first_title')}</strong>
        {t('popup_empty_first_body')}
      </div>
    );
  }
  return (
    <ul class="reminders">
      {rows.map(({ reminder, person, loop, company }) => (
        <li key={reminder.id} class="reminder">
          <div class="reminder-who truncate">{person?.name ?? company?.name}</div>
          <div class="reminder-what">{t(kindKey(reminder.kind))}</div>
          {loop && company && (
            <div class="reminder-loop muted truncate">
              {t('popup_loop', { company: company.name, role: loop.role })}
            </div>
          )}
          <div class="reminder-due muted">{reminder.showOn}</div>
        </li>
      ))}
    </ul>
  );
}
