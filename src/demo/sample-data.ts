/**
 * Sample data to look around with, offered only while the database is empty. Everything goes in
 * through the repository functions, exactly as the user's own data would, so the reminders it shows
 * are the playbook's real output. The companies and people are made up.
 */
import { findOrCreateCompany } from '../db/companies';
import { changeLoopStatus, createLoop } from '../db/loops';
import { addParticipant } from '../db/participations';
import { createPerson } from '../db/people';
import { addDays } from '../domain/dates';
import { localDate } from '../domain/today';

export async function loadSampleData(today = localDate()): Promise<void> {
  const ago = (days: number) => addDays(today, -days);

  const northwind = await findOrCreateCompany({ name: 'Northwind Analytics', domain: 'northwind.example' });
  const lostLoop = await createLoop({
    companyId: northwind.id,
    role: 'VP Marketing',
    status: 'interviewing',
    on: ago(40),
  });
  const dana = await createPerson({
    name: 'Dana Hill',
    headline: 'Chief Marketing Officer',
    company: 'Northwind Analytics',
  });
  const lee = await createPerson({
    name: 'Lee Park',
    headline: 'Head of People',
    company: 'Northwind Analytics',
  });
  await addParticipant({
    loopId: lostLoop.id,
    personId: dana.id,
    role: 'hiring-manager',
    hitItOff: true,
    met: [ago(20)],
  });
  await addParticipant({ loopId: lostLoop.id, personId: lee.id, role: 'hr', met: [ago(20)] });
  await changeLoopStatus(lostLoop.id, { status: 'rejected', on: ago(2) });

  const contoso = await findOrCreateCompany({ name: 'Contoso Health', domain: 'contoso.example' });
  const liveLoop = await createLoop({
    companyId: contoso.id,
    role: 'Director of Growth',
    status: 'final-round',
    on: ago(10),
  });
  const sam = await createPerson({
    name: 'Sam Ortiz',
    headline: 'SVP Commercial',
    company: 'Contoso Health',
  });
  await addParticipant({
    loopId: liveLoop.id,
    personId: sam.id,
    role: 'hiring-manager',
    hitItOff: true,
    // Met today: the demo opens on the moment after an interview, the thank-you first in the popup.
    met: [today],
  });

  const fabrikam = await findOrCreateCompany({ name: 'Fabrikam Labs', domain: 'fabrikam.example' });
  const offerLoop = await createLoop({
    companyId: fabrikam.id,
    role: 'Head of Marketing',
    status: 'interviewing',
    on: ago(30),
  });
  const mo = await createPerson({ name: 'Mo Haddad', headline: 'CEO', company: 'Fabrikam Labs' });
  await addParticipant({ loopId: offerLoop.id, personId: mo.id, role: 'hiring-manager', met: [ago(8)] });
  await changeLoopStatus(offerLoop.id, { status: 'offer', on: ago(1), deadline: addDays(today, 9) });
}
