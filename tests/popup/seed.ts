import { findOrCreateCompany } from '../../src/db/companies';
import type { LoopkeeperDatabase } from '../../src/db/database';
import { changeLoopStatus, createLoop } from '../../src/db/loops';
import { addParticipant, updateParticipation } from '../../src/db/participations';
import { createPerson } from '../../src/db/people';
import { useReadDatabase } from '../../src/db/quick-read';
import { updateSettings } from '../../src/db/settings';
import { addDays, daysBetween } from '../../src/domain/dates';
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
 *   ago, rejected yesterday → thank-yous 2 days overdue, follow-ups due today, LinkedIn tomorrow,
 *   calls in 2 days, process review in 6 days;
 * - Globex (Head of Growth): an offer yesterday → prepare questions today (a loop-level task).
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
  await changeLoopStatus(offer.id, { status: 'offer', on: ago(1) });
  return { acme, loop, dana, lee, globex, offer };
}

/**
 * An interview today at Initech: Robin Diaz's thank-you due today, whatever day the playbook puts
 * it on — the meeting is placed so the product's own rule (M, or M+N) lands it on `today`.
 */
export async function seedInterviewToday(today: CalendarDate, db: LoopkeeperDatabase) {
  const initech = await findOrCreateCompany({ name: 'Initech' });
  const loop = await createLoop({
    companyId: initech.id,
    role: 'CFO',
    status: 'interviewing',
    on: addDays(today, -40),
  });
  const robin = await createPerson({ name: 'Robin Diaz', company: 'Initech' });
  const met = await addParticipant({
    loopId: loop.id,
    personId: robin.id,
    role: 'hiring-manager',
    met: [today],
  });
  const probe = await db.reminders.where('personId').equals(robin.id).first();
  const lag = probe ? daysBetween(today, probe.showOn) : 0;
  if (lag > 0) await updateParticipation(met.id, { met: [addDays(today, -lag)] });
  return { loop, robin };
}
