import { useId } from 'preact/hooks';
import { isMessageKind } from '../domain/playbook/kinds';
import type { CalendarDate } from '../domain/types';
import { t } from '../i18n/i18n';
import { kindKey } from '../i18n/labels';
import type { Action } from './actions';
import { channelLabel, channelsFor } from './channels';
import type { Row } from './load';
import { MenuButton } from './MenuButton';
import { dueLabel, loopLine, personDetail, reasonSentence, subject } from './wording';

interface ReminderItemProps {
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

/** One reminder: who, which loop, why, when, and what can be done about it. */
export function ReminderItem({ row, today, busy, onAction, onWrite }: ReminderItemProps) {
  const titleId = useId();
  const { reminder } = row;
  const who = subject(row);
  const detail = personDetail(row);
  const loop = loopLine(row);
  const overdue = reminder.showOn < today;
  return (
    <li class="reminder" aria-labelledby={titleId}>
      <div class="reminder-meta">
        <span class="reminder-kind">{t(kindKey(reminder.kind))}</span>
        <span class={overdue ? 'reminder-due overdue' : 'reminder-due'}>
          {dueLabel(reminder.showOn, today)}
        </span>
      </div>
      <h3 id={titleId} class="reminder-who truncate" title={who}>
        {who}
      </h3>
      {detail && (
        <div class="reminder-detail muted truncate" title={detail}>
          {detail}
        </div>
      )}
      {row.person && loop && (
        <div class="reminder-loop muted truncate" title={loop}>
          {loop}
        </div>
      )}
      <p class="reminder-why">{reasonSentence(row)}</p>
      <fieldset class="reminder-actions">
        <legend class="visually-hidden">{t('popup_actions_for', { name: who })}</legend>
        {isMessageKind(reminder.kind) ? (
          <>
            <button type="button" class="primary" disabled={busy} onClick={() => onWrite(row)}>
              {t('popup_write')}
            </button>
            <MenuButton
              label={t('popup_mark_sent')}
              disabled={busy}
              items={channelsFor(reminder.kind).map((channel) => ({
                label: channelLabel(channel),
                onSelect: () => onAction(row, { type: 'sent', channel }),
              }))}
            />
          </>
        ) : (
          <button
            type="button"
            class="primary"
            disabled={busy}
            onClick={() => onAction(row, { type: 'done' })}
          >
            {t('popup_done')}
          </button>
        )}
        <MenuButton
          label={t('popup_snooze')}
          disabled={busy}
          items={(['day', 'week', 'month'] as const).map((period) => ({
            label: t(`popup_snooze_${period}`),
            onSelect: () => onAction(row, { type: 'snooze', period }),
          }))}
        />
        <button type="button" disabled={busy} onClick={() => onAction(row, { type: 'dismiss' })}>
          {t('popup_dismiss')}
        </button>
        {!isMessageKind(reminder.kind) && reminder.loopId && (
          <a class="reminder-link" href={loopPageUrl(reminder.loopId)} target="_blank" rel="noreferrer">
            {reminder.kind === 'process-review' ? t('popup_open_review') : t('popup_open_loop')}
          </a>
        )}
      </fieldset>
    </li>
  );
}
