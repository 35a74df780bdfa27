import { useState } from 'preact/hooks';
import { roleKeyOf } from '../../../db/due';
import { completeReminder, type ReminderChange, reopenReminder } from '../../../db/reminders';
import { isMessageKind } from '../../../domain/playbook/kinds';
import { reasonFor, reasonText as sentence } from '../../../domain/reasons';
import { localDate } from '../../../domain/today';
import type { CalendarDate, Company, Loop, ParticipantRole, Person, Reminder } from '../../../domain/types';
import { type MessageKey, t } from '../../../i18n/i18n';
import { kindKey } from '../../../i18n/labels';
import { DraftDialog } from '../../../ui/components/DraftDialog';
import { ReminderActions } from '../../../ui/components/ReminderActions';
import { dashboardDraftSource } from '../../draft-source';
import { relativeDay } from '../../format';
import { href } from '../../router';
import { useStore } from '../../store';
import { performReminderAction, reminderActionText } from './reminder-act';

type LoopLabels = Map<string, { loop: Loop; company: Company | undefined }>;

/** Why, in one sentence (domain/reasons), with the person's role in the loop when it is known. */
export function reasonText(
  reminder: Reminder,
  person: Person | undefined,
  labels: LoopLabels,
  roles?: ReadonlyMap<string, ParticipantRole>,
): string {
  const entry = reminder.loopId ? labels.get(reminder.loopId) : undefined;
  const participantRole =
    reminder.loopId && reminder.personId
      ? roles?.get(roleKeyOf(reminder.loopId, reminder.personId))
      : undefined;
  const reason = reasonFor(reminder, { person, company: entry?.company, loop: entry?.loop, participantRole });
  return sentence(reason, (key, values) => t(key as MessageKey, values));
}

/**
 * Reminders with who, which loop, why and when, and the popup's actions through the shared
 * ReminderActions (Write, or Done for a task; the rest under "More actions"), performed here with the
 * repository functions, each with Undo. Used by the agenda and the loop and person pages.
 */
export function ReminderList({
  reminders,
  people,
  loops,
  roles,
  today = localDate(),
}: {
  reminders: Reminder[];
  people: Map<string, Person>;
  loops: LoopLabels;
  /** Each person's role in the reminder's loop, by roleKeyOf(loopId, personId): the reason names it. */
  roles?: ReadonlyMap<string, ParticipantRole>;
  /** The day actions count from (today unless a page says otherwise). */
  today?: CalendarDate;
}) {
  const { run } = useStore();
  const [writing, setWriting] = useState<Reminder | null>(null);
  const perform = (work: () => Promise<ReminderChange>, done: string) =>
    void run(work, { done, undo: (change) => reopenReminder(change.reminder.id, change.undo) });
  return (
    <ul class="plain reminders">
      {reminders.map((reminder) => {
        const person = reminder.personId ? people.get(reminder.personId) : undefined;
        const entry = reminder.loopId ? loops.get(reminder.loopId) : undefined;
        const loopText = entry
          ? t('popup_loop', { company: entry.company?.name ?? '', role: entry.loop.role })
          : '';
        const what = t(kindKey(reminder.kind));
        const name = t('dashboard_reminder_name', { what, who: person?.name ?? loopText });
        return (
          <li key={reminder.id} class="reminder-row">
            <div class="reminder-head">
              <strong>{what}</strong>
              {person && (
                <a class="truncate" href={href('people', person.id)}>
                  {person.name}
                </a>
              )}
              {entry && (
                <a class="muted truncate" href={href('loops', entry.loop.id)}>
                  {loopText}
                </a>
              )}
              <span class={reminder.showOn < today ? 'due overdue' : 'due'}>
                {relativeDay(reminder.showOn, today)}
              </span>
            </div>
            <p class="reason">{reasonText(reminder, person, loops, roles)}</p>
            <ReminderActions
              kind={reminder.kind}
              name={name}
              onAction={(action) =>
                perform(
                  () => performReminderAction(reminder.id, action, today),
                  reminderActionText(action, name),
                )
              }
              onWrite={isMessageKind(reminder.kind) && person ? () => setWriting(reminder) : undefined}
            />
          </li>
        );
      })}
      {writing && (
        <DraftDialog
          source={dashboardDraftSource}
          context={{
            kind: writing.kind,
            person: writing.personId ? people.get(writing.personId) : undefined,
            loop: writing.loopId ? loops.get(writing.loopId)?.loop : undefined,
            company: writing.loopId ? loops.get(writing.loopId)?.company : undefined,
          }}
          onSent={() =>
            perform(
              () => completeReminder(writing.id, { on: today }),
              t('ui_marked_done', { what: t(kindKey(writing.kind)) }),
            )
          }
          onClose={() => setWriting(null)}
        />
      )}
    </ul>
  );
}
