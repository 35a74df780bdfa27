import { getLoopsWithCompanies, listLoopsOfPerson, type PersonLoop } from '../../../db/overview';
import { getPerson } from '../../../db/people';
import { listRemindersOfPerson } from '../../../db/reminders';
import { listTouchesOfPerson } from '../../../db/touches';
import type { Company, Loop, Person, Reminder, Touch } from '../../../domain/types';

export interface PersonPage {
  person: Person;
  loops: PersonLoop[];
  touches: Touch[];
  reminders: Reminder[];
  /** Labels for every loop named by a touch or reminder. */
  loopLabels: Map<string, { loop: Loop; company: Company | undefined }>;
}

export async function loadPersonPage(id: string): Promise<PersonPage> {
  const person = await getPerson(id);
  const [loops, touches, reminders] = await Promise.all([
    listLoopsOfPerson(id),
    listTouchesOfPerson(id),
    listRemindersOfPerson(id),
  ]);
  const loopIds = [...touches.map((x) => x.loopId), ...reminders.map((r) => r.loopId)].filter(
    (loopId): loopId is string => !!loopId,
  );
  const loopLabels = await getLoopsWithCompanies(loopIds);
  return { person, loops, touches: touches.reverse(), reminders, loopLabels };
}
