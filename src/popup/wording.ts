/**
 * How a reminder reads in the popup: who (name, title, company), which loop, why (one plain sentence
 * from domain/reasons) and when. Plain functions over a row, so the list, the composer and the tests
 * share one wording.
 */
import { daysBetween } from '../domain/dates';
import { reasonFor, reasonText } from '../domain/reasons';
import type { CalendarDate, Reminder } from '../domain/types';
import { formatShortDay, plural } from '../i18n/format';
import { type MessageKey, t } from '../i18n/i18n';
import type { Action } from './actions';
import { channelLabel } from './channels';
import type { Row } from './load';

/** "VP Marketing · Acme Corp": the person's title and where they work now, whichever are known. */
export function personDetail(row: Row): string {
  const { person } = row;
  if (!person) return '';
  return [person.headline, person.company].filter((part) => part?.trim()).join(' · ');
}

/** "Acme Corp — VP Marketing": the loop the reminder belongs to. */
export function loopLine(row: Row): string {
  if (!row.loop) return '';
  return t('popup_loop', { company: row.company?.name ?? '', role: row.loop.role });
}

/** Whom the reminder is about: the person, or for a loop's own task the loop ("Acme Corp — VP Marketing"). */
export function subject(row: Row): string {
  return row.person?.name ?? (loopLine(row) || t('popup_unknown_loop'));
}

/** Why, in one sentence: "Five months since Acme chose someone else: … Check in with Dana, the hiring manager." */
export function reasonSentence(row: Row): string {
  const reason = reasonFor(row.reminder, {
    person: row.person,
    company: row.company,
    loop: row.loop,
    participantRole: row.role,
  });
  return reasonText(reason, (key, values) => t(key as MessageKey, values));
}

/** "3 days overdue", "Due today", "Tomorrow", "In 5 days". */
export function dueLabel(showOn: CalendarDate, today: CalendarDate): string {
  const days = daysBetween(today, showOn);
  if (days === 0) return t('popup_due_today');
  if (days < 0)
    return plural(-days, { one: 'popup_overdue_one', other: 'popup_overdue_days' }, { days: -days });
  if (days === 1) return t('popup_due_tomorrow');
  return t('popup_due_in_days', { days });
}

/** "Tue, Mar 17" / "Di., 17. März" in the browser's interface language. */
export const formatDay = formatShortDay;

/** What the toast says after an action, naming whom it was about. */
export function actionDoneText(row: Row, action: Action, after: Reminder): string {
  const name = subject(row);
  if (action.type === 'sent') return t('popup_toast_sent', { name, channel: channelLabel(action.channel) });
  if (action.type === 'snooze') return t('popup_toast_snoozed', { name, date: formatDay(after.showOn) });
  if (action.type === 'dismiss') return t('popup_toast_dismissed', { name });
  return t('popup_toast_done', { name });
}
