import { getCompany } from '../../../db/companies';
import { getLoop } from '../../../db/loops';
import { getPeople } from '../../../db/overview';
import { listParticipationsOfLoop } from '../../../db/participations';
import { listRemindersOfLoop } from '../../../db/reminders';
import { listTouchesOfLoop } from '../../../db/touches';
import type { Company, Loop, Participation, Person, Reminder, Touch } from '../../../domain/types';

export interface Participant {
  participation: Participation;
  person: Person;
}

export interface LoopPage {
  loop: Loop;
  company: Company;
  participants: Participant[];
  touches: Touch[];
  reminders: Reminder[];
  /** Everyone named on the page (participants and people of touches), by id. */
  people: Map<string, Person>;
}

export async function loadLoopPage(id: string): Promise<LoopPage> {
  const loop = await getLoop(id);
  const [company, participations, touches, reminders] = await Promise.all([
    getCompany(loop.companyId),
    listParticipationsOfLoop(id),
    listTouchesOfLoop(id),
    listRemindersOfLoop(id),
  ]);
  const ids = new Set([
    ...participations.map((p) => p.personId),
    ...touches.map((touch) => touch.personId),
    ...reminders.map((r) => r.personId).filter((pid): pid is string => !!pid),
  ]);
  const people = new Map((await getPeople([...ids])).map((person) => [person.id, person]));
  const participants = participations
    .map((participation) => ({ participation, person: people.get(participation.personId) }))
    .filter((row): row is Participant => !!row.person);
  return { loop, company, participants, touches, reminders, people };
}
