/** A loop started from a company's page, with nobody on it yet. */
import { beforeEach, describe, expect, it } from 'vitest';
import { startLoopAtCompany } from '../../src/background/capture-company';
import { openLoops } from '../../src/background/capture-save';
import { findOrCreateCompany, listCompanies } from '../../src/db/companies';
import { changeLoopStatus, getLoop, listLoopsByStatus } from '../../src/db/loops';
import { listParticipationsOfLoop } from '../../src/db/participations';
import { localDate } from '../../src/domain/today';
import { LOOP_STATUSES } from '../../src/domain/types';
import { freshDatabase } from '../helpers/db';

const northwind = {
  name: 'Northwind Labs',
  domain: 'northwind.example',
  linkedinUrl: 'https://www.linkedin.com/company/northwind-labs/',
};

beforeEach(async () => {
  await freshDatabase();
});

describe('starting a loop at a company', () => {
  it('creates the company with its website and LinkedIn page, and the loop at the chosen stage, with no one in it', async () => {
    const result = await startLoopAtCompany({
      company: northwind,
      role: ' Head of Product ',
      status: 'screening',
    });
    expect(result).toMatchObject({ company: 'Northwind Labs', loopRole: 'Head of Product', existing: false });
    const [company] = await listCompanies();
    expect(company).toMatchObject(northwind);
    const loop = await getLoop(result.loopId);
    expect(loop).toMatchObject({ companyId: company?.id, role: 'Head of Product', status: 'screening' });
    expect(await listParticipationsOfLoop(loop.id)).toEqual([]);
    expect(await openLoops()).toEqual([{ id: loop.id, company: 'Northwind Labs', role: 'Head of Product' }]);
  });

  it('uses the company already saved under that name, filling in what it lacked', async () => {
    const saved = await findOrCreateCompany({ name: 'northwind  labs' });
    const result = await startLoopAtCompany({ company: northwind, role: 'CTO', status: 'applied' });
    expect((await getLoop(result.loopId)).companyId).toBe(saved.id);
    const companies = await listCompanies();
    expect(companies).toHaveLength(1);
    expect(companies[0]).toMatchObject({ domain: 'northwind.example', linkedinUrl: northwind.linkedinUrl });
  });

  it('reuses an open loop for the same role instead of doubling it; a closed one or another role makes a new loop', async () => {
    const first = await startLoopAtCompany({
      company: northwind,
      role: 'Head of Product',
      status: 'applied',
    });
    const again = await startLoopAtCompany({
      company: northwind,
      role: 'head of  product',
      status: 'screening',
    });
    expect(again).toEqual({ ...first, existing: true });
    const other = await startLoopAtCompany({ company: northwind, role: 'CTO', status: 'applied' });
    expect(other.existing).toBe(false);
    await changeLoopStatus(first.loopId, { status: 'rejected', on: localDate() });
    const retry = await startLoopAtCompany({
      company: northwind,
      role: 'Head of Product',
      status: 'applied',
    });
    expect(retry.existing).toBe(false);
    expect(await listLoopsByStatus(LOOP_STATUSES)).toHaveLength(3);
  });

  it('refuses a blank company or role, saving nothing', async () => {
    await expect(
      startLoopAtCompany({ company: { name: '  ' }, role: 'CTO', status: 'applied' }),
    ).rejects.toThrow('Type the name of the company.');
    await expect(startLoopAtCompany({ company: northwind, role: ' ', status: 'applied' })).rejects.toThrow(
      'Type the role you are interviewing for.',
    );
    expect(await listCompanies()).toEqual([]);
  });

  it('says in words what is wrong with an address the user typed', async () => {
    const bad = { ...northwind, linkedinUrl: 'not an address' };
    await expect(startLoopAtCompany({ company: bad, role: 'CTO', status: 'applied' })).rejects.toThrow();
    expect(await listCompanies()).toEqual([]);
  });
});
