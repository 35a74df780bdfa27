/** A small saved world for the import tests: open loops at Globex and Initech, people some files know. */
import { findOrCreateCompany } from '../../../src/db/companies';
import { createLoop } from '../../../src/db/loops';
import { createPerson } from '../../../src/db/people';
import { updateSettings } from '../../../src/db/settings';

export async function seedForImport() {
  await updateSettings({ myName: 'Jordan Reyes', myEmails: ['jordan.reyes@example.org'] });
  const globex = await findOrCreateCompany({ name: 'Globex', domain: 'globex.com' });
  const initech = await findOrCreateCompany({ name: 'Initech', domain: 'initech.io' });
  const globexLoop = await createLoop({
    companyId: globex.id,
    role: 'Director of Product',
    status: 'interviewing',
  });
  const initechLoop = await createLoop({
    companyId: initech.id,
    role: 'Head of Platform',
    status: 'screening',
  });
  const marcus = await createPerson({
    name: 'Marcus Lee',
    emails: ['marcus.lee@globex.com'],
    company: 'Globex',
  });
  const priya = await createPerson({ name: 'Priya Raman', company: 'Globex' });
  const dana = await createPerson({
    name: 'Dana Hill',
    company: 'Initech',
    profiles: { linkedin: 'http://linkedin.com/in/Dana-Hill-4b2a1/', other: [] },
  });
  return {
    globexLoop: globexLoop.id,
    initechLoop: initechLoop.id,
    marcus: marcus.id,
    priya: priya.id,
    dana: dana.id,
  };
}
