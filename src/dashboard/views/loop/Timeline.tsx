import type { CalendarDate, Reminder } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import { kindKey, statusKey } from '../../../i18n/labels';
import { formatDate } from '../../format';
import { channelKey } from '../../labels';
import type { LoopPage } from './load';

interface Entry {
  on: CalendarDate;
  type: 'meeting' | 'status' | 'touch' | 'reminder';
  text: string;
  detail?: string;
}

const REMINDER_STATE = {
  open: 'dashboard_rstatus_open',
  snoozed: 'dashboard_rstatus_snoozed',
  done: 'dashboard_rstatus_done',
  dismissed: 'dashboard_rstatus_dismissed',
  expired: 'dashboard_rstatus_expired',
  obsolete: 'dashboard_rstatus_obsolete',
} as const;

function reminderEntry(r: Reminder, who: string): Entry {
  const what = who ? t('dashboard_timeline_reminder', { what: t(kindKey(r.kind)), who }) : t(kindKey(r.kind));
  const on = r.closedOn ?? r.showOn;
  return { on, type: 'reminder', text: what, detail: t(REMINDER_STATE[r.status], { date: formatDate(on) }) };
}

/** Everything that happened and is planned in the loop, newest first. */
export function entriesOf(page: LoopPage): Entry[] {
  const entries: Entry[] = [];
  const meetings = new Map<CalendarDate, string[]>();
  for (const { participation, person } of page.participants)
    for (const on of participation.met) meetings.set(on, [...(meetings.get(on) ?? []), person.name]);
  for (const [on, names] of meetings)
    entries.push({ on, type: 'meeting', text: t('dashboard_timeline_met', { names: names.join(', ') }) });
  for (const change of page.loop.history) {
    const entry: Entry = { on: change.on, type: 'status', text: t(statusKey(change.status)) };
    if (change.deadline) entry.detail = t('dashboard_deadline_on', { date: formatDate(change.deadline) });
    entries.push(entry);
  }
  for (const touch of page.touches) {
    const who = page.people.get(touch.personId)?.name ?? '';
    const entry: Entry = {
      on: touch.on,
      type: 'touch',
      text: t('dashboard_timeline_touch', { channel: t(channelKey(touch.channel)), who }),
    };
    if (touch.note) entry.detail = touch.note;
    entries.push(entry);
  }
  for (const r of page.reminders)
    entries.push(reminderEntry(r, r.personId ? (page.people.get(r.personId)?.name ?? '') : ''));
  return entries.sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0));
}

const TYPE_LABEL = {
  meeting: 'dashboard_type_meeting',
  status: 'dashboard_type_status',
  touch: 'dashboard_type_touch',
  reminder: 'dashboard_type_reminder',
} as const;

export function Timeline({ page }: { page: LoopPage }) {
  const entries = entriesOf(page);
  return (
    <section class="panel" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">{t('dashboard_timeline')}</h3>
      <ol class="timeline">
        {entries.map((entry, index) => (
          <li key={index} class={`timeline-item timeline-${entry.type}`}>
            <span class="timeline-date nowrap">{formatDate(entry.on)}</span>
            <span class="timeline-type">{t(TYPE_LABEL[entry.type])}</span>
            <span class="timeline-text">
              {entry.text}
              {entry.detail && <span class="muted"> — {entry.detail}</span>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
