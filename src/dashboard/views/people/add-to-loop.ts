/**
 * Putting a person in a loop from the dashboard, and saying afterwards what it planned: the thank-you the
 * playbook actually planned (read back, so the message cannot promise one that is not there), or that
 * none was planned because they have not met yet.
 */
import { addParticipant } from '../../../db/participations';
import { listRemindersOfPerson } from '../../../db/reminders';
import type { CalendarDate, Id, ParticipantRole, Reminder } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import type { MetAnswer } from '../../../ui/components/MetChoice';
import { relativeDay } from '../../format';

export interface Added {
  /** The open thank-you planned for them in this loop, if any. */
  thankYou: Reminder | undefined;
}

export async function addToLoop(input: {
  loopId: Id;
  personId: Id;
  role: ParticipantRole;
  hitItOff: boolean;
  met: CalendarDate[];
}): Promise<Added> {
  await addParticipant(input);
  const reminders = await listRemindersOfPerson(input.personId);
  const thankYou = reminders.find(
    (r) =>
      r.loopId === input.loopId && r.kind === 'thank-you' && (r.status === 'open' || r.status === 'snoozed'),
  );
  return { thankYou };
}

/** The confirmation: who was added where, and the thank-you planned — or why there is none. */
export function addedMessage(
  who: { name: string; company: string },
  met: MetAnswer,
  added: Added,
  today: CalendarDate,
): string {
  if (added.thankYou)
    return t('dashboard_added_thank_you', { ...who, when: relativeDay(added.thankYou.showOn, today) });
  if (met.when === 'not-yet') return t('dashboard_added_not_met', who);
  return t('dashboard_person_added', who);
}
