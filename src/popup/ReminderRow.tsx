import { useId, useState } from 'preact/hooks';
import type { Action } from '../domain/reminder-action';
import type { CalendarDate } from '../domain/types';
import { t } from '../i18n/i18n';
import { kindKey } from '../i18n/labels';
import { ReminderActions } from '../ui/components/ReminderActions';
import type { Row } from './load';
import { dueLabel, personDetail, reasonSentence, subject } from './wording';

interface ReminderRowProps {
  row: Row;
  today: CalendarDate;
  busy: boolean;
  onAction: (row: Row, action: Action) => void;
  onWrite: (row: Row) => void;
}

/** The dashboard's page for a loop (its hash route): where a process review is written. */
export function loopPageUrl(loopId: string): string {
  return `/src/dashboard/index.html#/loops/${encodeURIComponent(loopId)}`;
}

/**
 * One reminder in one compact row: who, what (the kind) and when, the primary action and "More
 * actions"; the why (domain/reasons) under "Why?". The row itself takes focus for j/k (see
 * keyboard.ts), which finds it by `data-row` and its reminder by `data-id`.
 */
export function ReminderRow({ row, today, busy, onAction, onWrite }: ReminderRowProps) {
  const whoId = useId();
  const whyId = useId();
  const [why, setWhy] = useState(false);
  const { reminder } = row;
  const what = t(kindKey(reminder.kind));
  // A loop's own task (a review, the offer's questions) names no one: the kind says what it is.
  const who = row.person?.name ?? what;
  const detail = personDetail(row);
  // "Follow-up after a no for Dana Hill", "Review the process for Acme Corp — VP Marketing".
  const name = t('dashboard_reminder_name', { what, who: subject(row) });
  const overdue = reminder.showOn < today;
  return (
    <li class="reminder" data-row data-id={reminder.id} tabIndex={-1} aria-labelledby={whoId}>
      <div class="reminder-line">
        <div class="reminder-text">
          <span id={whoId} class="reminder-who truncate" title={detail ? `${who} · ${detail}` : who}>
            {who}
          </span>
          <span class="reminder-meta truncate">
            {/* When first: where the line is cut short, it is the kind that loses its end. */}
            <span class={overdue ? 'reminder-due overdue' : 'reminder-due'}>
              {dueLabel(reminder.showOn, today)}
            </span>
            {row.person && <span class="reminder-kind">{what}</span>}
          </span>
        </div>
        <button
          type="button"
          class="link reminder-why-toggle"
          aria-expanded={why}
          aria-controls={whyId}
          aria-label={t('popup_why_named', { name })}
          onClick={() => setWhy(!why)}
        >
          {t('popup_why')}
        </button>
        <ReminderActions
          kind={reminder.kind}
          name={name}
          busy={busy}
          onAction={(action) => onAction(row, action)}
          onWrite={row.person ? () => onWrite(row) : undefined}
          loopHref={reminder.loopId ? loopPageUrl(reminder.loopId) : undefined}
        />
      </div>
      <div id={whyId} class="reminder-why" hidden={!why}>
        {why && (
          <>
            {detail && <span class="reminder-detail muted">{detail}. </span>}
            {reasonSentence(row)}
          </>
        )}
      </div>
    </li>
  );
}
