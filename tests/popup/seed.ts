import { findOrCreateCompany } from '../../src/db/companies';
import type { LoopkeeperDatabase } from '../../src/db/database';
import { changeLoopStatus, createLoop } from '../../src/db/loops';
import { addParticipant } from '../../src/db/participations';
import { createPerson } from '../../src/db/people';
import { useReadDatabase } from '../../src/db/quick-read';
import { updateSettings } from '../../src/db/settings';
import { addDays } from '../../src/domain/dates';
import type { CalendarDate } from '../../src/domain/types';
import { freshDatabase } from '../helpers/db';

/** A fresh database for the repositories and for the popup's quick reads alike. */
export async function freshPopupDatabase(): Promise<LoopkeeperDatabase> {
  const db = await freshDatabase();
  useReadDatabase(db.name);
  return db;
}

/**
 * A small job search through the repository functions, weekends not skipped so the dates are exact:
 * - Acme Corp (VP Marketing): met Dana Hill (hiring manager, hit it off) and Lee Park (HR) 3 days
 *   ago, rejected yesterday → their thank-yous are obsolete (a rejection on or after the meeting
 *   replaces them with the follow-up note), follow-ups due today, LinkedIn tomorrow, calls in 2 days,
 *   process review in 6 days;
 * - Globex (Head of Growth): met Sam Ortiz (interviewer) and Noor Haddad (would-be peer) 3 days ago,
 *   an offer yesterday → thank-yous 3 days overdue (due the day of the meeting; an offer does not make
 *   them obsolete; they expire 14 days after that, from today+11), prepare questions today (a
 *   loop-level task), meet more people in 2 days, the frank conversation in 4 days (the loop's, as no
 *   hiring manager sits in it).
 * Due today or overdue: 5 (2 overdue, 3 today); the next 14 days: 6.
 */
export async function seedJobSearch(today: CalendarDate) {
  const ago = (days: number) => addDays(today, -days);
  await updateSettings({ skipWeekends: false, myName: 'Alex Morgan', signature: 'Alex Morgan\n+1 555 0100' });
  const acme = await findOrCreateCompany({ name: 'Acme Corp' });
  const loop = await createLoop({
    companyId: acme.id,
    role: 'VP Marketing',
    status: 'interviewing',
    on: ago(20),
  });
  const dana = await createPerson({
    name: 'Dana Hill',
    headline: 'Chief Marketing Officer',
    company: 'Acme Corp',
    emails: ['dana.hill@acme.example'],
    profiles: { linkedin: 'https://www.linkedin.com/in/dana-hill', other: [] },
  });
  const lee = await createPerson({ name: 'Lee Park', headline: 'Head of People', company: 'Acme Corp' });
  await addParticipant({
    loopId: loop.id,
    personId: dana.id,
    role: 'hiring-manager',
    hitItOff: true,
    met: [ago(3)],
  });
  await addParticipant({ loopId: loop.id, personId: lee.id, role: 'hr', met: [ago(3)] });
  await changeLoopStatus(loop.id, { status: 'rejected', on: ago(1) });

  const globex = await findOrCreateCompany({ name: 'Globex' });
  const offer = await createLoop({
    companyId: globex.id,
    role: 'Head of Growth',
    status: 'final-round',
    on: ago(30),
  });
  const sam = await createPerson({ name: 'Sam Ortiz', headline: 'VP Product', company: 'Globex' });
  const noor = await createPerson({ name: 'Noor Haddad', headline: 'Growth Lead', company: 'Globex' });
  await addParticipant({ loopId: offer.id, personId: sam.id, role: 'interviewer', met: [ago(3)] });
  await addParticipant({ loopId: offer.id, personId: noor.id, role: 'peer', met: [ago(3)] });
  await changeLoopStatus(offer.id, { status: 'offer', on: ago(1) });
  return { acme, loop, dana, lee, globex, offer, sam, noor };
}

/** An interview today at Initech: Robin Diaz's thank-you is due today, the day of the meeting. */
export async function seedInterviewToday(today: CalendarDate) {
  const initech = await findOrCreateCompany({ name: 'Initech' });
  const loop = await createLoop({
    companyId: initech.id,
    role: 'CFO',
    status: 'interviewing',
    on: addDays(today, -40),
  });
  const robin = await createPerson({ name: 'Robin Diaz', company: 'Initech' });
  await addParticipant({ loopId: loop.id, personId: robin.id, role: 'hiring-manager', met: [today] });
  return { loop, robin };
}
