import { useId } from 'preact/hooks';
import { isMessageKind } from '../domain/playbook/kinds';
import type { Action } from '../domain/reminder-action';
import type { CalendarDate } from '../domain/types';
import { t } from '../i18n/i18n';
import type { Row } from './load';
import { type Group, groupTitle } from './order';
import { ReminderRow } from './ReminderRow';

interface GroupBlockProps {
  group: Group;
  today: CalendarDate;
  busyId: string | null;
  onAction: (row: Row, action: Action) => void;
  onWrite: (row: Row) => void;
  onMarkAllSent: (rows: Row[], title: string) => void;
}

/**
 * One loop's (or one person's) reminders in a section, under "Company — Role", with the group's one
 * action: "Mark all sent" for its open messages, when there are two or more (for one, the row's own
 * menu says the same).
 */
export function GroupBlock({ group, today, busyId, onAction, onWrite, onMarkAllSent }: GroupBlockProps) {
  const titleId = useId();
  const title = groupTitle(group);
  const messages = group.rows.filter((row) => isMessageKind(row.reminder.kind));
  return (
    <div class="group">
      <div class="group-head">
        <h3 id={titleId} class="group-title truncate" title={title}>
          {title}
        </h3>
        {messages.length > 1 && (
          <button
            type="button"
            class="group-action"
            disabled={busyId !== null}
            aria-label={t('popup_mark_all_sent_named', { count: messages.length, group: title })}
            onClick={() => onMarkAllSent(messages, title)}
          >
            {t('popup_mark_all_sent')}
          </button>
        )}
      </div>
      <ul class="reminders">
        {group.rows.map((row) => (
          <ReminderRow
            key={row.reminder.id}
            row={row}
            today={today}
            busy={busyId === row.reminder.id}
            onAction={onAction}
            onWrite={onWrite}
          />
        ))}
      </ul>
    </div>
  );
}
