import { beforeEach, describe, expect, it } from 'vitest';
import { previewOutcome } from '../../src/dashboard/views/loop/outcome-preview';
import { findOrCreateCompany } from '../../src/db/companies';
import type { LoopkeeperDatabase } from '../../src/db/database';
import { changeLoopStatus, createLoop, getLoop } from '../../src/db/loops';
import { readOutcomeContext, recordOutcome, undoOutcome } from '../../src/db/outcome';
import { addParticipant } from '../../src/db/participations';
import { createPerson } from '../../src/db/people';
import { completeReminder, snoozeReminder } from '../../src/db/reminders';
import { freshDatabase } from '../helpers/db';

let db: LoopkeeperDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

const TODAY = '2026-03-02';

async function everything() {
  const tables = await Promise.all(
    db.tables.map(
      async (table) =>
        [table.name, (await table.toArray()).sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1))] as const,
    ),
  );
  return Object.fromEntries(tables);
}

/** Acme with Dana (hiring manager, hit it off) and Lee (HR), met on 2 March; Lee was also in a rejected loop. */
async function interviewingLoop() {
  const company = await findOrCreateCompany({ name: 'Acme Corp' });
  const loop = await createLoop({
    companyId: company.id,
    role: 'VP Marketing',
    status: 'interviewing',
    on: '2026-02-20',
  });
  const dana = await createPerson({ name: 'Dana Hill' });
  const lee = await createPerson({ name: 'Lee Park', connected: true });
  await addParticipant({
    loopId: loop.id,
    personId: dana.id,
    role: 'hiring-manager',
    hitItOff: true,
    met: [TODAY],
  });
  await addParticipant({ loopId: loop.id, personId: lee.id, role: 'hr', met: [TODAY] });
  const other = await findOrCreateCompany({ name: 'Globex' });
  const earlier = await createLoop({
    companyId: other.id,
    role: 'CMO',
    status: 'interviewing',
    on: '2025-10-01',
  });
  await addParticipant({ loopId: earlier.id, personId: lee.id, role: 'recruiter' });
  await changeLoopStatus(earlier.id, { status: 'rejected', on: '2025-11-03' });
  return { loop, dana, lee, earlier };
}

describe('the outcome preview', () => {
  it('lists exactly what recording the rejection plans, and the thank-yous it makes obsolete', async () => {
    const { loop, dana, lee } = await interviewingLoop();
    const change = { status: 'rejected' as const, on: TODAY };
    const preview = previewOutcome(await readOutcomeContext(loop.id), change, TODAY);
    const before = new Set((await db.reminders.toArray()).map((r) => r.key));

    await recordOutcome(loop.id, change);
    const after = await db.reminders.toArray();
    const added = after
      .filter((r) => !before.has(r.key))
      .map((r) => r.key)
      .sort();
    expect(preview.planned.map((r) => r.key).sort()).toEqual(added);
    const kinds = preview.planned.map((r) => `${r.kind}:${r.personId ?? 'loop'}`);
    expect(kinds).toContain(`rejection-follow-up:${dana.id}`);
    expect(kinds).toContain(`rejection-follow-up:${lee.id}`);
    expect(kinds).toContain(`linkedin-connect:${dana.id}`);
    expect(kinds).not.toContain(`linkedin-connect:${lee.id}`); // already connected
    expect(kinds).toContain(`rapport-call:${dana.id}`);
    expect(kinds).toContain('process-review:loop');
    // Earliest first.
    const dues = preview.planned.map((r) => r.due);
    expect(dues).toEqual([...dues].sort());
    // Whatever it says becomes obsolete is gone from the open reminders afterwards.
    const openKeys = new Set(
      after.filter((r) => r.status === 'open' || r.status === 'snoozed').map((r) => r.key),
    );
    for (const r of preview.obsolete) expect(openKeys.has(r.key)).toBe(false);
  });

  it('names the open reminders an acceptance makes obsolete, and plans the announcements to other loops', async () => {
    const { loop, lee, earlier } = await interviewingLoop();
    await changeLoopStatus(loop.id, { status: 'offer', on: TODAY });
    const context = await readOutcomeContext(loop.id, true);
    const offerKinds = context.stored.filter((r) => r.kind.startsWith('offer-')).map((r) => r.key);
    expect(offerKinds.length).toBeGreaterThan(0);
    const preview = previewOutcome(context, { status: 'accepted', on: '2026-03-05' }, TODAY);
    expect(preview.obsolete.map((r) => r.key).sort()).toEqual(offerKinds.sort());
    const announcement = preview.planned.find((r) => r.kind === 'new-job-announcement');
    expect(announcement?.personId).toBe(lee.id);
    expect(announcement?.loopId).toBe(loop.id);
    expect(earlier.id).not.toBe(loop.id);
  });
});

describe('undo of an outcome', () => {
  it('puts back the status history and every reminder exactly (ids, snoozes, done ones)', async () => {
    const { loop, dana } = await interviewingLoop();
    const thankYou = (await db.reminders.where('personId').equals(dana.id).toArray()).find(
      (r) => r.kind === 'thank-you',
    );
    await snoozeReminder(thankYou?.id ?? '', '2026-03-04');
    const before = await everything();

    const undo = await recordOutcome(loop.id, { status: 'rejected', on: '2026-03-03' });
    expect((await getLoop(loop.id)).status).toBe('rejected');
    const followUp = (await db.reminders.where('loopId').equals(loop.id).toArray()).find(
      (r) => r.kind === 'rejection-follow-up' && r.personId === dana.id,
    );
    await completeReminder(followUp?.id ?? '', { on: '2026-03-04' });
    await db.touches.clear(); // the touch completing logged is the user's, not the outcome's

    await undoOutcome(undo);
    expect(await everything()).toEqual(before);
  });

  it('after an acceptance, brings the offer reminders back open and removes the announcements', async () => {
    const { loop } = await interviewingLoop();
    await changeLoopStatus(loop.id, { status: 'offer', on: TODAY, deadline: '2026-03-20' });
    const before = await everything();
    const undo = await recordOutcome(loop.id, { status: 'accepted', on: '2026-03-05' });
    const obsolete = await db.reminders
      .where('loopId')
      .equals(loop.id)
      .filter((r) => r.status === 'obsolete')
      .count();
    expect(obsolete).toBeGreaterThan(0);
    await undoOutcome(undo);
    expect(await everything()).toEqual(before);
  });
});
