import { beforeEach, describe, expect, it } from 'vitest';
import { findOrCreateCompany } from '../../src/db/companies';
import type { LoopkeeperDatabase } from '../../src/db/database';
import { changeLoopStatus, createLoop } from '../../src/db/loops';
import { addParticipant } from '../../src/db/participations';
import { createPerson } from '../../src/db/people';
import { completeReminder, snoozeReminder } from '../../src/db/reminders';
import {
  deleteLoopUndoable,
  deletePersonUndoable,
  deleteTouchUndoable,
  removeParticipantUndoable,
  restoreSnapshot,
} from '../../src/db/snapshot';
import { logTouch } from '../../src/db/touches';
import { freshDatabase } from '../helpers/db';

let db: LoopkeeperDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

async function everything() {
  const tables = await Promise.all(
    db.tables.map(
      async (table) =>
        [table.name, (await table.toArray()).sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1))] as const,
    ),
  );
  return Object.fromEntries(tables);
}

async function rejectedLoop() {
  const company = await findOrCreateCompany({ name: 'Acme Corp' });
  const loop = await createLoop({
    companyId: company.id,
    role: 'VP Marketing',
    status: 'interviewing',
    on: '2026-01-05',
  });
  const dana = await createPerson({ name: 'Dana Hill' });
  const lee = await createPerson({ name: 'Lee Park' });
  const p = await addParticipant({
    loopId: loop.id,
    personId: dana.id,
    role: 'hiring-manager',
    hitItOff: true,
    met: ['2026-01-10'],
  });
  await addParticipant({ loopId: loop.id, personId: lee.id, role: 'hr', met: ['2026-01-10'] });
  await changeLoopStatus(loop.id, { status: 'rejected', on: '2026-02-02' });
  const touch = await logTouch({
    personId: dana.id,
    on: '2026-02-03',
    channel: 'call',
    loopId: loop.id,
    note: 'Good call',
  });
  // Decisions the user made must survive an undo exactly.
  const reminders = await db.reminders.where('personId').equals(dana.id).toArray();
  const followUp = reminders.find((r) => r.kind === 'rejection-follow-up');
  const connect = reminders.find((r) => r.kind === 'linkedin-connect');
  await completeReminder(followUp?.id ?? '', { on: '2026-02-03' });
  await snoozeReminder(connect?.id ?? '', '2026-02-20');
  return { loop, dana, participation: p, touch };
}

describe('undoable deletes', () => {
  it('a loop comes back with its people, reminders and their statuses', async () => {
    const { loop } = await rejectedLoop();
    const before = await everything();
    const snapshot = await deleteLoopUndoable(loop.id);
    expect(await db.loops.count()).toBe(0);
    expect(await db.participations.count()).toBe(0);
    await restoreSnapshot(snapshot);
    expect(await everything()).toEqual(before);
  });

  it('a person comes back with participations, touches and reminders', async () => {
    const { dana } = await rejectedLoop();
    const before = await everything();
    const snapshot = await deletePersonUndoable(dana.id);
    expect(await db.people.get(dana.id)).toBeUndefined();
    expect(await db.touches.where('personId').equals(dana.id).count()).toBe(0);
    await restoreSnapshot(snapshot);
    expect(await everything()).toEqual(before);
  });

  it('a person taken out of a loop goes back in with their reminders', async () => {
    const { participation, dana } = await rejectedLoop();
    const before = await everything();
    const snapshot = await removeParticipantUndoable(participation.id);
    const open = await db.reminders
      .where('personId')
      .equals(dana.id)
      .filter((r) => r.status === 'open')
      .count();
    expect(open).toBe(0);
    await restoreSnapshot(snapshot);
    // Taking someone out and putting them back is activity on the loop: only its updatedAt moves.
    const after = await everything();
    expect(after.loops?.[0]?.updatedAt).toBeGreaterThanOrEqual(before.loops?.[0]?.updatedAt);
    expect({ ...after, loops: [] }).toEqual({ ...before, loops: [] });
  });

  it('a deleted touch comes back', async () => {
    const { touch } = await rejectedLoop();
    const snapshot = await deleteTouchUndoable(touch.id);
    expect(await db.touches.get(touch.id)).toBeUndefined();
    await restoreSnapshot(snapshot);
    expect(await db.touches.get(touch.id)).toEqual(touch);
  });

  it('refuses a snapshot that is not one', async () => {
    await expect(restoreSnapshot({ loops: [{ nope: 1 }] })).rejects.toThrow(/Undo/);
  });
});
