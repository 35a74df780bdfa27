import { useMemo, useState } from 'preact/hooks';
import { END_OF_TIME, getLoopsWithCompanies } from '../../../db/overview';
import { listPendingReminders } from '../../../db/reminders';
import { localDate } from '../../../domain/today';
import { REMINDER_KINDS, type Reminder } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import { kindKey } from '../../../i18n/labels';
import { ChoiceSelect } from '../../../ui/components/ChoiceSelect';
import { Field } from '../../../ui/components/Field';
import { formatDate } from '../../format';
import { GrowingMarker, useGrowingCount } from '../../growing-list';
import { useLoad } from '../../store';
import { ReminderList } from './ReminderList';
import { useRowDetails } from './row-details';

/** Every pending reminder, and the loops they name (with their companies) for labels and the filter. */
async function loadAgenda(today: string) {
  const reminders = await listPendingReminders(END_OF_TIME, today);
  const loops = await getLoopsWithCompanies(
    reminders.map((r) => r.loopId).filter((id): id is string => !!id),
  );
  return { reminders, loops };
}

type Day = [day: string, reminders: Reminder[]];

/** The first `count` reminders of the days, in order: what the growing list draws. */
function firstOfDays(days: readonly Day[], count: number): Day[] {
  const drawn: Day[] = [];
  let left = count;
  for (const [day, reminders] of days) {
    if (left <= 0) break;
    drawn.push([day, reminders.slice(0, left)]);
    left -= reminders.length;
  }
  return drawn;
}

/** #/agenda: every open reminder by date (overdue first), filterable by kind and loop. */
export function AgendaView() {
  const today = localDate();
  const state = useLoad(() => loadAgenda(today), []);
  const [kind, setKind] = useState('');
  const [loopId, setLoopId] = useState('');
  const data = state.phase === 'ready' ? state.data : null;
  const shown = useMemo(
    () =>
      (data?.reminders ?? []).filter((r) => (!kind || r.kind === kind) && (!loopId || r.loopId === loopId)),
    [data, kind, loopId],
  );
  const groups = useMemo(() => {
    const byDay = new Map<string, Reminder[]>();
    for (const r of shown) {
      const day = r.showOn < today ? 'overdue' : r.showOn;
      const list = byDay.get(day);
      if (list) list.push(r);
      else byDay.set(day, [r]);
    }
    return [...byDay.entries()];
  }, [shown, today]);
  const { drawn, marker } = useGrowingCount(shown.length, `${kind}|${loopId}`);
  const { details, ready } = useRowDetails(data?.reminders ?? null, shown, drawn);

  return (
    <section aria-labelledby="agenda-heading">
      <div class="page-header">
        <h2 id="agenda-heading">{t('dashboard_nav_agenda')}</h2>
      </div>
      {data && data.reminders.length > 0 && (
        <div class="filters">
          <Field label={t('dashboard_filter_kind')}>
            <ChoiceSelect
              value={kind}
              choices={REMINDER_KINDS}
              label={(choice) => t(kindKey(choice))}
              onChange={setKind}
              none={{ label: t('dashboard_all_kinds') }}
            />
          </Field>
          <Field label={t('dashboard_filter_loop')}>
            <select value={loopId} onChange={(e) => setLoopId(e.currentTarget.value)}>
              <option value="">{t('dashboard_all_loops')}</option>
              {[...data.loops.values()].map(({ loop, company }) => (
                <option key={loop.id} value={loop.id}>
                  {t('popup_loop', { company: company?.name ?? '', role: loop.role })}
                </option>
              ))}
            </select>
          </Field>
        </div>
      )}
      {state.phase === 'error' && <p class="error">{state.error}</p>}
      {data && data.reminders.length === 0 && (
        <div class="empty">
          <strong>{t('dashboard_agenda_empty_title')}</strong>
          <p>{t('dashboard_agenda_empty_body')}</p>
        </div>
      )}
      {data && data.reminders.length > 0 && shown.length === 0 && (
        <p class="muted">{t('dashboard_agenda_no_match')}</p>
      )}
      {data &&
        firstOfDays(groups, ready).map(([day, reminders]) => (
          <section
            key={day}
            class="agenda-day"
            aria-label={day === 'overdue' ? t('dashboard_overdue') : formatDate(day)}
          >
            <h3>
              {day === 'overdue'
                ? t('dashboard_overdue')
                : day === today
                  ? t('dashboard_today')
                  : formatDate(day)}
            </h3>
            <ReminderList
              reminders={reminders}
              people={details.people}
              loops={data.loops}
              roles={details.roles}
            />
          </section>
        ))}
      {data && ready === drawn && drawn < shown.length && (
        <ul class="plain">
          <GrowingMarker marker={marker} more />
        </ul>
      )}
    </section>
  );
}
