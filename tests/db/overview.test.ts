import { beforeEach, describe, expect, it } from 'vitest';
import { findOrCreateCompany } from '../../src/db/companies';
import { changeLoopStatus, createLoop } from '../../src/db/loops';
import {
  getLoopsWithCompanies,
  getPeople,
  listLoopOverviews,
  listLoopsOfPerson,
  listPeopleOverviews,
} from '../../src/db/overview';
import { addParticipant } from '../../src/db/participations';
import { createPerson } from '../../src/db/people';
import { freshDatabase } from '../helpers/db';

beforeEach(async () => {
  await freshDatabase();
});

describe('dashboard overviews', () => {
  it('lists loops newest activity first with people count and next reminder', async () => {
    const acme = await findOrCreateCompany({ name: 'Acme Corp' });
    const globex = await findOrCreateCompany({ name: 'Globex' });
    const quiet = await createLoop({ companyId: globex.id, role: 'CMO', on: '2026-01-01' });
    const busy = await createLoop({ companyId: acme.id, role: 'VP Marketing', on: '2026-01-02' });
    const dana = await createPerson({ name: 'Dana Hill' });
    const lee = await createPerson({ name: 'Lee Park' });
    await addParticipant({ loopId: busy.id, personId: dana.id, met: ['2026-01-10'] });
    await addParticipant({ loopId: busy.id, personId: lee.id });
    await changeLoopStatus(busy.id, { status: 'rejected', on: '2026-02-02' });

    const rows = await listLoopOverviews('2026-01-01');
    expect(rows.map((row) => [row.company?.name, row.peopleCount])).toEqual([
      ['Acme Corp', 2],
      ['Globex', 0],
    ]);
    // The thank-you for 10 January is obsolete: the rejection's follow-up note replaces it.
    expect(rows[0]?.next?.kind).toBe('rejection-follow-up');
    expect(rows[0]?.next?.due).toBe('2026-02-03');
    expect(rows[1]?.next).toBeUndefined();
    expect(rows[1]?.loop.id).toBe(quiet.id);
  });

  it('lists people with the loops they sat in, and reads people and loops by id', async () => {
    const acme = await findOrCreateCompany({ name: 'Acme Corp' });
    const first = await createLoop({ companyId: acme.id, role: 'VP Marketing' });
    const second = await createLoop({ companyId: acme.id, role: 'CMO' });
    const dana = await createPerson({ name: 'Dana Hill' });
    const lee = await createPerson({ name: 'Lee Park' });
    await addParticipant({ loopId: first.id, personId: dana.id, role: 'recruiter' });
    await addParticipant({ loopId: second.id, personId: dana.id, role: 'recruiter' });

    const people = await listPeopleOverviews();
    expect(people.map((row) => [row.person.name, row.loops.map((l) => l.loop.role).sort()])).toEqual([
      ['Dana Hill', ['CMO', 'VP Marketing']],
      ['Lee Park', []],
    ]);
    const loops = await listLoopsOfPerson(dana.id);
    expect(loops.map((row) => row.company?.name)).toEqual(['Acme Corp', 'Acme Corp']);
    expect((await getPeople([lee.id, 'gone', dana.id])).map((p) => p.name)).toEqual([
      'Lee Park',
      'Dana Hill',
    ]);
    const labels = await getLoopsWithCompanies([first.id, first.id, 'gone']);
    expect([...labels.values()].map((row) => `${row.company?.name} ${row.loop.role}`)).toEqual([
      'Acme Corp VP Marketing',
    ]);
  });
});
