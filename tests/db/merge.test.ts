import { beforeEach, describe, expect, it } from 'vitest';
import { findOrCreateCompany } from '../../src/db/companies';
import type { LoopkeeperDatabase } from '../../src/db/database';
import { changeLoopStatus, createLoop } from '../../src/db/loops';
import { mergePeople } from '../../src/db/merge';
import { addParticipant } from '../../src/db/participations';
import { createPerson } from '../../src/db/people';
import { completeReminder } from '../../src/db/reminders';
import { logTouch } from '../../src/db/touches';
import { freshDatabase } from '../helpers/db';

let db: LoopkeeperDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

async function loopAt(name: string) {
  const company = await findOrCreateCompany({ name });
  return createLoop({
    companyId: company.id,
    role: 'VP Marketing',
    status: 'interviewing',
    on: '2026-01-05',
  });
}

describe('mergePeople', () => {
  it('keeps every participation, touch and reminder of both records, and the details of both', async () => {
    const acme = await loopAt('Acme Corp');
    const globex = await loopAt('Globex');
    const keep = await createPerson({
      name: 'Dana Hill',
      emails: ['dana@acme.example'],
      notes: 'Met at Acme',
    });
    const twin = await createPerson({
      name: 'Dana Hill',
      headline: 'CMO',
      emails: ['dana@home.example'],
      profiles: { linkedin: 'https://www.linkedin.com/in/danahill' },
      notes: 'Saved from LinkedIn',
      connected: true,
    });
    await addParticipant({ loopId: acme.id, personId: keep.id, role: 'hiring-manager', met: ['2026-01-10'] });
    await addParticipant({
      loopId: globex.id,
      personId: twin.id,
      role: 'hr',
      hitItOff: true,
      met: ['2026-01-12'],
    });
    await logTouch({ personId: twin.id, on: '2026-01-13', channel: 'email', note: 'Thanked her' });
    const before = await db.reminders.where('personId').equals(twin.id).toArray();
    expect(before.map((r) => r.kind)).toContain('thank-you');

    const merged = await mergePeople(keep.id, twin.id);

    expect(await db.people.get(twin.id)).toBeUndefined();
    expect(merged.headline).toBe('CMO');
    expect(merged.connected).toBe(true);
    expect(merged.emails).toEqual(['dana@acme.example', 'dana@home.example']);
    expect(merged.profiles.linkedin).toBe('https://www.linkedin.com/in/danahill');
    expect(merged.notes).toBe('Met at Acme\n\nSaved from LinkedIn');
    const participations = await db.participations.where('personId').equals(keep.id).toArray();
    expect(participations.map((p) => p.loopId).sort()).toEqual([acme.id, globex.id].sort());
    expect(await db.participations.where('personId').equals(twin.id).count()).toBe(0);
    const touches = await db.touches.toArray();
    expect(touches.map((t) => t.personId)).toEqual([keep.id]);
    const reminders = await db.reminders.toArray();
    expect(reminders.every((r) => r.personId !== twin.id)).toBe(true);
    const thankYous = reminders.filter((r) => r.kind === 'thank-you').map((r) => r.loopId);
    expect(thankYous.sort()).toEqual([acme.id, globex.id].sort());
    expect(reminders.every((r) => r.key.includes(r.personId ?? r.loopId ?? ''))).toBe(true);
  });

  it('folds two participations in one loop into one and keeps the reminder already done', async () => {
    const acme = await loopAt('Acme Corp');
    const keep = await createPerson({ name: 'Dana Hill' });
    const twin = await createPerson({ name: 'D. Hill' });
    await addParticipant({ loopId: acme.id, personId: keep.id, role: 'other', met: ['2026-01-10'] });
    await addParticipant({
      loopId: acme.id,
      personId: twin.id,
      role: 'hiring-manager',
      hitItOff: true,
      met: ['2026-01-10', '2026-01-20'],
    });
    const twinThanks = await db.reminders
      .where('personId')
      .equals(twin.id)
      .filter((r) => r.anchor === '2026-01-10')
      .first();
    await completeReminder(twinThanks?.id ?? '', { on: '2026-01-11' });

    await mergePeople(keep.id, twin.id);

    const [only, ...rest] = await db.participations.where('loopId').equals(acme.id).toArray();
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      personId: keep.id,
      role: 'hiring-manager',
      hitItOff: true,
      met: ['2026-01-10', '2026-01-20'],
    });
    const thanks = await db.reminders
      .where('personId')
      .equals(keep.id)
      .filter((r) => r.kind === 'thank-you')
      .toArray();
    expect(thanks.map((r) => [r.anchor, r.status]).sort()).toEqual([
      ['2026-01-10', 'done'],
      ['2026-01-20', 'open'],
    ]);
    // The touch the completion logged moved to the kept person.
    expect((await db.touches.toArray()).map((t) => t.personId)).toEqual([keep.id]);
  });

  it('leaves one progress-update series after a rejection', async () => {
    const acme = await loopAt('Acme Corp');
    const keep = await createPerson({ name: 'Dana Hill' });
    const twin = await createPerson({ name: 'Dana Hill' });
    await addParticipant({ loopId: acme.id, personId: keep.id });
    await addParticipant({ loopId: acme.id, personId: twin.id });
    await changeLoopStatus(acme.id, { status: 'rejected', on: '2026-02-02' });
    await mergePeople(keep.id, twin.id);
    const series = await db.reminders.filter((r) => r.kind === 'progress-update').toArray();
    expect(series).toHaveLength(1);
    expect(series[0]?.personId).toBe(keep.id);
  });

  it('refuses to merge a person with themself', async () => {
    const keep = await createPerson({ name: 'Dana Hill' });
    await expect(mergePeople(keep.id, keep.id)).rejects.toThrow(/two different people/);
  });
});
