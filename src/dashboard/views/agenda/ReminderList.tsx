import { useState } from 'preact/hooks';
import { roleKeyOf } from '../../../db/due';
import { completeReminder, reopenReminder } from '../../../db/reminders';
import { isMessageKind } from '../../../domain/playbook/kinds';
import { reasonFor, reasonText as sentence } from '../../../domain/reasons';
import { localDate } from '../../../domain/today';
import type { Company, Loop, ParticipantRole, Person, Reminder } from '../../../domain/types';
import { type MessageKey, t } from '../../../i18n/i18n';
import { kindKey } from '../../../i18n/labels';
import { DraftDialog } from '../../../ui/components/DraftDialog';
import { ReminderActions } from '../../../ui/components/ReminderActions';
import { dashboardDraftSource } from '../../draft-source';
import { relativeDay } from '../../format';
import { href } from '../../router';
import { useStore } from '../../store';

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

/** Reminders with who, which loop, why and when, and the popup's actions (Write, Done, Snooze, Dismiss). */
export function ReminderList({
  reminders,
  people,
  loops,
  roles,
}: {
  reminders: Reminder[];
  people: Map<string, Person>;
  loops: LoopLabels;
  /** Each person's role in the reminder's loop, by roleKeyOf(loopId, personId): the reason names it. */
  roles?: ReadonlyMap<string, ParticipantRole>;
}) {
  const { run } = useStore();
  const [writing, setWriting] = useState<Reminder | null>(null);
  const today = localDate();
  const perform = (
    work: () => Promise<{ undo: Parameters<typeof reopenReminder>[1]; reminder: Reminder }>,
    done: string,
  ) => void run(work, { done, undo: (change) => reopenReminder(change.reminder.id, change.undo) });
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
            <div class="row">
              {isMessageKind(reminder.kind) && person && (
                <button
                  type="button"
                  aria-label={t('dashboard_write_named', { what: name })}
                  onClick={() => setWriting(reminder)}
                >
                  {t('dashboard_write')}
                </button>
              )}
              <ReminderActions reminder={reminder} today={today} name={name} perform={perform} />
            </div>
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
