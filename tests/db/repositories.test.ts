import { beforeEach, describe, expect, it } from 'vitest';
import { findOrCreateCompany } from '../../src/db/companies';
import type { LoopkeeperDatabase } from '../../src/db/database';
import { ValidationError } from '../../src/db/errors';
import { changeLoopStatus, createLoop, listLoopsByStatus } from '../../src/db/loops';
import { addParticipant, recordMeeting } from '../../src/db/participations';
import {
  createPerson,
  findPeopleByNameAndCompany,
  searchPeopleByName,
  updatePerson,
} from '../../src/db/people';
import { getSettings, updateSettings } from '../../src/db/settings';
import { logTouch } from '../../src/db/touches';
import { freshDatabase } from '../helpers/db';

let db: LoopkeeperDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

async function counts() {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.count()])));
}

describe('companies', () => {
  it('finds an existing company whatever the case and spacing', async () => {
    const a = await findOrCreateCompany({ name: 'Acme Corp' });
    const b = await findOrCreateCompany({ name: '  acme   CORP ' });
    expect(b.id).toBe(a.id);
    expect(await db.companies.count()).toBe(1);
  });

  it('refuses an empty name and writes nothing', async () => {
    await expect(findOrCreateCompany({ name: '   ' })).rejects.toThrow(/Company name is empty/);
    expect(await db.companies.count()).toBe(0);
  });
});

describe('loops', () => {
  it('starts with a dated status and records each change in order', async () => {
    const company = await findOrCreateCompany({ name: 'Acme Corp' });
    const loop = await createLoop({
      companyId: company.id,
      role: 'VP Marketing',
      status: 'interviewing',
      on: '2026-02-02',
    });
    const offered = await changeLoopStatus(loop.id, {
      status: 'offer',
      on: '2026-03-01',
      deadline: '2026-03-10',
    });
    expect(offered.history).toEqual([
      { status: 'interviewing', on: '2026-02-02' },
      { status: 'offer', on: '2026-03-01', deadline: '2026-03-10' },
    ]);
    expect(offered.offer?.deadline).toBe('2026-03-10');
    expect((await listLoopsByStatus(['offer'])).map((l) => l.id)).toEqual([loop.id]);
  });

  it.each([
    [{ role: '' }, /role is empty/],
    [{ role: 'x'.repeat(201) }, /longer than 200/],
    [{ status: 'hired' }, /status/],
    [{ on: '2026-02-30' }, /not a calendar date/],
    [{ companyId: 'missing' }, /no longer saved/],
  ])('refuses bad input %o with a clear message and writes nothing', async (patch, message) => {
    const company = await findOrCreateCompany({ name: 'Acme Corp' });
    const before = await counts();
    await expect(createLoop({ companyId: company.id, role: 'VP', ...patch })).rejects.toThrow(message);
    expect(await counts()).toEqual(before);
  });

  it('refuses a status dated before the current one, and a deadline on anything but an offer', async () => {
    const company = await findOrCreateCompany({ name: 'Acme Corp' });
    const loop = await createLoop({
      companyId: company.id,
      role: 'VP',
      status: 'interviewing',
      on: '2026-02-02',
    });
    await expect(changeLoopStatus(loop.id, { status: 'rejected', on: '2026-01-01' })).rejects.toThrow(
      ValidationError,
    );
    await expect(
      changeLoopStatus(loop.id, { status: 'rejected', on: '2026-03-01', deadline: '2026-03-05' }),
    ).rejects.toThrow(/Only an offer/);
    expect((await db.loops.get(loop.id))?.history).toHaveLength(1);
  });
});

describe('people and participations', () => {
  it('stores a person once per loop and finds them by name and company', async () => {
    const company = await findOrCreateCompany({ name: 'Acme Corp' });
    const loop = await createLoop({ companyId: company.id, role: 'VP' });
    const dana = await createPerson({
      name: '  Dana   Hill ',
      company: 'Acme Corp',
      emails: ['dana@acme.example'],
    });
    expect(dana.name).toBe('Dana Hill');
    await addParticipant({
      loopId: loop.id,
      personId: dana.id,
      role: 'hiring-manager',
      met: ['2026-02-19', '2026-02-10'],
    });
    await expect(addParticipant({ loopId: loop.id, personId: dana.id })).rejects.toThrow(
      /already in this loop/,
    );
    await recordMeeting(loop.id, [dana.id], '2026-02-10');
    const participation = await db.participations.where('personId').equals(dana.id).first();
    expect(participation?.met).toEqual(['2026-02-10', '2026-02-19']);
    expect((await findPeopleByNameAndCompany('dana hill', 'ACME CORP')).map((p) => p.id)).toEqual([dana.id]);
    expect((await searchPeopleByName('da')).map((p) => p.id)).toEqual([dana.id]);
  });

  it('refuses a malformed email, an unknown role and hostile lengths, writing nothing', async () => {
    await expect(createPerson({ name: 'Dana', emails: ['not an email'] })).rejects.toThrow(
      /not an email address/,
    );
    await expect(createPerson({ name: 'x'.repeat(10_000) })).rejects.toThrow(/longer than 120/);
    await expect(
      createPerson({ name: 'Dana', profiles: { linkedin: 'javascript:alert(1)' } }),
    ).rejects.toThrow(/not a web address/);
    expect(await db.people.count()).toBe(0);
  });

  it('updates only the given fields', async () => {
    const dana = await createPerson({ name: 'Dana Hill', headline: 'CMO', connected: false });
    const updated = await updatePerson(dana.id, { connected: true });
    expect(updated).toMatchObject({ name: 'Dana Hill', headline: 'CMO', connected: true });
  });

  it('logs a touch only for a saved person', async () => {
    await expect(logTouch({ personId: 'nobody', on: '2026-03-01', channel: 'email' })).rejects.toThrow(
      /no longer saved/,
    );
    await expect(logTouch({ personId: 'x', on: '2026-03-01', channel: 'pigeon' })).rejects.toThrow(/channel/);
    expect(await db.touches.count()).toBe(0);
  });
});

describe('settings', () => {
  it('starts from the defaults and validates changes', async () => {
    expect((await getSettings()).intervals.checkInMonths).toBe(5);
    await updateSettings({ notificationTime: '07:30', intervals: { checkInMonths: 6 } });
    const settings = await getSettings();
    expect(settings.notificationTime).toBe('07:30');
    expect(settings.intervals.checkInMonths).toBe(6);
    expect(settings.intervals.thankYouDays).toBe(0);
    await expect(updateSettings({ notificationTime: '25:00' })).rejects.toThrow(/not a time/);
    await expect(updateSettings({ intervals: { checkInMonths: -1 } })).rejects.toThrow();
  });
});

describe('errors thrown inside a transaction', () => {
  it('keep their own class, so callers can tell a missing record from other failures', async () => {
    const { NotFoundError } = await import('../../src/db/errors');
    await expect(logTouch({ personId: 'nobody', on: '2026-03-01', channel: 'email' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
