/**
 * Putting a person in a loop from the dashboard, and saying afterwards what it planned: the thank-you the
 * playbook actually planned (read back, so the message cannot promise one that is not there), or that
 * none was planned because they have not met yet. The person (new, or saved and given what they lacked)
 * and their place in the loop are one write: all of it lands, or nothing does.
 */
import { addParticipant } from '../../../db/participations';
import { createPerson, getPerson, updatePerson } from '../../../db/people';
import { listRemindersOfPerson } from '../../../db/reminders';
import { write } from '../../../db/transaction';
import type { CalendarDate, Id, ParticipantRole, Person, Reminder } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import type { MetAnswer } from '../../../ui/components/MetChoice';
import { relativeDay } from '../../format';

export interface Added {
  person: Person;
  /** The open thank-you planned for them in this loop, if any. */
  thankYou: Reminder | undefined;
}

/**
 * Who is added: someone new (the createPerson input), or someone saved, with the details to fill in
 * worked out from the record as it is inside the transaction (an edit made meanwhile in another window
 * is kept).
 */
export type Who =
  | { create: unknown }
  | { personId: Id; fill?: (person: Person) => Record<string, unknown> | undefined };

async function personFor(who: Who): Promise<Person> {
  if ('create' in who) return createPerson(who.create);
  const person = await getPerson(who.personId);
  const patch = who.fill?.(person);
  return patch ? updatePerson(person.id, patch) : person;
}

export async function addToLoop(input: {
  loopId: Id;
  who: Who;
  role: ParticipantRole;
  hitItOff: boolean;
  met: CalendarDate[];
}): Promise<Added> {
  const { who, ...place } = input;
  return write(async () => {
    const person = await personFor(who);
    await addParticipant({ ...place, personId: person.id });
    const reminders = await listRemindersOfPerson(person.id);
    const thankYou = reminders.find(
      (r) =>
        r.loopId === input.loopId &&
        r.kind === 'thank-you' &&
        (r.status === 'open' || r.status === 'snoozed'),
    );
    return { person, thankYou };
  });
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
