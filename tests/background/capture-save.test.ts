import { beforeEach, describe, expect, it } from 'vitest';
import { knownPeople, openLoops, saveCapture } from '../../src/background/capture-save';
import { findOrCreateCompany } from '../../src/db/companies';
import { changeLoopStatus, createLoop } from '../../src/db/loops';
import { listParticipationsOfLoop } from '../../src/db/participations';
import { createPerson, getPerson, listPeople } from '../../src/db/people';
import type { CaptureSave } from '../../src/messages';
import { freshDatabase } from '../helpers/db';

const DANA_URL = 'https://www.linkedin.com/in/dana-hill/';
const request = (over: Partial<CaptureSave>): CaptureSave => ({
  saveId: crypto.randomUUID(),
  pageUrl: DANA_URL,
  people: [
    { person: { name: 'Dana Hill', title: 'VP Marketing', company: 'Acme Corp', profileUrl: DANA_URL } },
  ],
  loop: { company: 'Acme Corp', role: 'Head of Growth' },
  role: 'hiring-manager',
  hitItOff: true,
  met: ['2026-03-10'],
  ...over,
});

beforeEach(async () => {
  await freshDatabase();
});

describe('saving a capture in the worker', () => {
  it('creates the company, the loop and the person, and puts them in the loop as asked', async () => {
    const { reply } = await saveCapture(request({}));
    expect(reply).toMatchObject({
      company: 'Acme Corp',
      loopRole: 'Head of Growth',
      saved: ['Dana Hill'],
      alreadyInLoop: [],
      met: ['2026-03-10'],
    });
    const [loop] = await openLoops();
    expect(loop).toMatchObject({ company: 'Acme Corp', role: 'Head of Growth' });
    const [part] = await listParticipationsOfLoop(loop?.id ?? '');
    expect(part).toMatchObject({ role: 'hiring-manager', hitItOff: true, met: ['2026-03-10'] });
    const dana = await getPerson(part?.personId ?? '');
    expect(dana).toMatchObject({
      name: 'Dana Hill',
      headline: 'VP Marketing',
      profiles: { linkedin: DANA_URL },
    });
    expect(dana.captured?.url).toBe(DANA_URL);
  });

  it('finds a saved person by profile address in any form, or by name at the same company', async () => {
    const dana = await createPerson({
      name: 'Dana Hill',
      company: 'Acme Corp',
      profiles: { linkedin: DANA_URL },
    });
    await createPerson({ name: 'Dana Hill', company: 'Globex' });
    const [byUrl, byName, nobody] = await knownPeople({
      people: [
        { name: 'D. Hill', profileUrl: 'https://uk.linkedin.com/in/Dana-Hill?trk=x' },
        { name: 'dana  hill', company: 'ACME corp' },
        { name: 'Lee Park', company: 'Acme Corp' },
      ],
    });
    expect(byUrl?.map((p) => p.id)).toEqual([dana.id]);
    expect(byName?.map((p) => p.id)).toEqual([dana.id]);
    expect(nobody).toEqual([]);
  });

  it('merges into the saved person the user chose instead of duplicating them', async () => {
    const dana = await createPerson({ name: 'Dana Hill', headline: 'Director', emails: ['dana@acme.test'] });
    await saveCapture(
      request({
        people: [
          {
            person: { name: 'Dana Hill', title: 'VP Marketing', profileUrl: DANA_URL, email: 'dh@acme.test' },
            personId: dana.id,
          },
        ],
      }),
    );
    const people = await listPeople();
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({
      headline: 'VP Marketing',
      emails: ['dana@acme.test', 'dh@acme.test'],
      profiles: { linkedin: DANA_URL },
    });
  });

  it('adds to an existing loop, leaving those already in it as they were', async () => {
    const company = await findOrCreateCompany({ name: 'Acme Corp' });
    const loop = await createLoop({ companyId: company.id, role: 'VP Marketing', status: 'interviewing' });
    const { reply: first } = await saveCapture(request({ loop: { loopId: loop.id } }));
    expect(first.saved).toEqual(['Dana Hill']);
    const [part] = await listParticipationsOfLoop(loop.id);
    const { reply: again } = await saveCapture(
      request({
        loop: { loopId: loop.id },
        people: [
          { person: { name: 'Dana Hill' }, personId: part?.personId ?? '' },
          { person: { name: 'Lee Park', title: 'Head of Engineering' } },
        ],
      }),
    );
    expect(again).toMatchObject({ saved: ['Lee Park'], alreadyInLoop: ['Dana Hill'] });
    expect(await listParticipationsOfLoop(loop.id)).toHaveLength(2);
  });

  it('lists only open loops, most recent activity first', async () => {
    const acme = await findOrCreateCompany({ name: 'Acme Corp' });
    const old = await createLoop({ companyId: acme.id, role: 'CMO' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const recent = await createLoop({ companyId: acme.id, role: 'VP Marketing' });
    const done = await createLoop({ companyId: acme.id, role: 'CEO' });
    await changeLoopStatus(done.id, { status: 'rejected', on: '2099-01-01' });
    expect((await openLoops()).map((l) => l.id)).toEqual([recent.id, old.id]);
  });

  it('refuses in words a nameless person or a new loop without company or role, writing nothing', async () => {
    await expect(saveCapture(request({ people: [{ person: { name: '  ' } }] }))).rejects.toThrow(/name/);
    await expect(saveCapture(request({ loop: { company: 'Acme', role: ' ' } }))).rejects.toThrow(/role/);
    await expect(saveCapture(request({ loop: { company: '', role: 'CTO' } }))).rejects.toThrow(/company/);
    expect(await listPeople()).toEqual([]);
    expect(await openLoops()).toEqual([]);
  });
});
