/**
 * Accepting a job plans an announcement to everyone of the other loops; the preview names each of them
 * (it listed ", , ," when those people sat only in other loops: their names were never read).
 */
import { beforeEach, expect, it } from 'vitest';
import { previewOutcome } from '../../src/dashboard/views/loop/outcome-preview';
import { findOrCreateCompany } from '../../src/db/companies';
import { changeLoopStatus, createLoop } from '../../src/db/loops';
import { readOutcomeContext } from '../../src/db/outcome';
import { addParticipant } from '../../src/db/participations';
import { createPerson } from '../../src/db/people';
import { freshDatabase } from '../helpers/db';

beforeEach(async () => {
  await freshDatabase();
});

it('the acceptance preview can name the people of the other loops', async () => {
  const acme = await findOrCreateCompany({ name: 'Acme' });
  const globex = await findOrCreateCompany({ name: 'Globex' });
  const offer = await createLoop({ companyId: acme.id, role: 'CMO', on: '2026-03-01' });
  const other = await createLoop({ companyId: globex.id, role: 'CMO', on: '2026-03-01' });
  const dana = await createPerson({ name: 'Dana Hill' });
  const sam = await createPerson({ name: 'Sam Roe' });
  await addParticipant({ loopId: offer.id, personId: dana.id });
  await addParticipant({ loopId: other.id, personId: sam.id });
  await changeLoopStatus(offer.id, { status: 'offer', on: '2026-03-02' });

  const context = await readOutcomeContext(offer.id, true);
  const { planned } = previewOutcome(context, { status: 'accepted', on: '2026-03-05' }, '2026-03-05');
  const told = planned.filter((r) => r.kind === 'new-job-announcement');
  expect(told.map((r) => context.people.get(r.personId ?? '')?.name)).toEqual(['Sam Roe']);
});
