import { beforeEach, describe, expect, it } from 'vitest';
import { findOrCreateCompany } from '../../src/db/companies';
import type { LoopkeeperDatabase } from '../../src/db/database';
import { ValidationError } from '../../src/db/errors';
import { changeLoopStatus, createLoop } from '../../src/db/loops';
import { addParticipant } from '../../src/db/participations';
import { createPerson } from '../../src/db/people';
import {
  completeReminder,
  dismissReminder,
  expireReminders,
  listPendingReminders,
  reopenReminder,
  snoozeReminder,
} from '../../src/db/reminders';
import type { Reminder } from '../../src/domain/types';
import { freshDatabase } from '../helpers/db';

let db: LoopkeeperDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

async function rejectedLoop(reject = true) {
  const company = await findOrCreateCompany({ name: 'Acme' });
  const loop = await createLoop({
    companyId: company.id,
    role: 'VP',
    status: 'interviewing',
    on: '2026-02-02',
  });
  const dana = await createPerson({ name: 'Dana Hill', connected: true });
  await addParticipant({ loopId: loop.id, personId: dana.id, role: 'hiring-manager', met: ['2026-02-19'] });
  if (reject) await changeLoopStatus(loop.id, { status: 'rejected', on: '2026-02-27' });
  const reminders = await db.reminders.toArray();
  const of = (kind: string) => reminders.find((r) => r.kind === kind) as Reminder;
  return { loop, dana, of };
}

const progress = async () =>
  (await db.reminders.toArray())
    .filter((r) => r.kind === 'progress-update')
    .map((r) => `${r.status}@${r.due}`)
    .sort();

describe('reminder actions', () => {
  it('completes a message: done, closedOn, and a touch that moves the progress update', async () => {
    const { dana, loop, of } = await rejectedLoop();
    expect(await progress()).toEqual(['open@2026-04-24']);
    const { reminder, undo } = await completeReminder(of('rejection-follow-up').id, { on: '2026-03-03' });
    expect(reminder).toMatchObject({ status: 'done', closedOn: '2026-03-03' });
    const touches = await db.touches.toArray();
    expect(touches).toEqual([
      expect.objectContaining({
        id: undo.touchId,
        personId: dana.id,
        loopId: loop.id,
        on: '2026-03-03',
        channel: 'email',
      }),
    ]);
    expect(await progress()).toEqual(['open@2026-04-28']);
  });

  it('continues the progress-update series when one is done', async () => {
    const { of } = await rejectedLoop();
    await completeReminder(of('progress-update').id, { on: '2026-04-24', channel: 'linkedin' });
    expect(await progress()).toEqual(['done@2026-04-24', 'open@2026-06-19']);
  });

  it('completes a task without a touch', async () => {
    const { of } = await rejectedLoop();
    const { undo } = await completeReminder(of('process-review').id, { on: '2026-03-06' });
    expect(undo.touchId).toBeUndefined();
    expect(await db.touches.count()).toBe(0);
  });

  it('undoes a completion exactly, touch and series included', async () => {
    const { of } = await rejectedLoop();
    const original = of('rejection-follow-up');
    const { undo } = await completeReminder(original.id, { on: '2026-03-03' });
    const restored = await reopenReminder(original.id, undo);
    expect(restored).toEqual(original);
    expect(await db.reminders.get(original.id)).toEqual(original);
    expect(await db.touches.count()).toBe(0);
    expect(await progress()).toEqual(['open@2026-04-24']);
  });

  it('undoes a completed progress update: the next occurrence goes away', async () => {
    const { of } = await rejectedLoop();
    const original = of('progress-update');
    const { undo } = await completeReminder(original.id, { on: '2026-04-24' });
    await reopenReminder(original.id, undo);
    expect(await progress()).toEqual(['open@2026-04-24']);
  });

  it('dismisses without a touch and undoes it', async () => {
    const { of } = await rejectedLoop();
    const original = of('consulting-offer');
    const { reminder, undo } = await dismissReminder(original.id, { on: '2026-03-02' });
    expect(reminder).toMatchObject({ status: 'dismissed', closedOn: '2026-03-02' });
    expect(await db.touches.count()).toBe(0);
    expect(await reopenReminder(original.id, undo)).toEqual(original);
  });

  it('snoozes until a day, never before the due date, and undoes it', async () => {
    const { of } = await rejectedLoop();
    const original = of('process-review');
    const { reminder, undo } = await snoozeReminder(original.id, '2026-03-13');
    expect(reminder).toMatchObject({ status: 'snoozed', showOn: '2026-03-13', due: '2026-03-06' });
    expect((await listPendingReminders('2026-03-10', '2026-03-10')).some((r) => r.id === original.id)).toBe(
      false,
    );
    expect((await snoozeReminder(original.id, '2026-03-01')).reminder.showOn).toBe('2026-03-06');
    expect(await reopenReminder(original.id, undo)).toEqual(original);
  });

  it('validates its input and refuses closed reminders', async () => {
    const { of } = await rejectedLoop();
    const id = of('process-review').id;
    await expect(completeReminder(id, { on: '2026-02-30' })).rejects.toThrow(ValidationError);
    await expect(completeReminder(id, { on: '2026-03-06', channel: 'pigeon' })).rejects.toThrow(
      ValidationError,
    );
    await expect(snoozeReminder(id, 'tomorrow')).rejects.toThrow(ValidationError);
    // Dexie re-wraps an error named NotFoundError thrown inside a transaction, so match the message.
    await expect(completeReminder('nope', { on: '2026-03-06' })).rejects.toThrow(/no longer there/);
    await dismissReminder(id, { on: '2026-03-06' });
    await expect(completeReminder(id, { on: '2026-03-06' })).rejects.toThrow(/already dismissed/);
    await expect(reopenReminder(id, { previous: { id: 'other' } })).rejects.toThrow(ValidationError);
    await expect(reopenReminder(id, { previous: { ...of('thank-you'), id: 'x' } })).rejects.toThrow(
      ValidationError,
    );
  });

  it('expires thank-yous left open past their expiry in the daily pass, and only those', async () => {
    const { of } = await rejectedLoop(false);
    const thanks = of('thank-you');
    expect(thanks).toMatchObject({ due: '2026-02-19', expiresOn: '2026-03-05' });
    expect((await listPendingReminders('2026-03-04', '2026-03-04')).some((r) => r.id === thanks.id)).toBe(
      true,
    );
    expect((await listPendingReminders('2026-03-05', '2026-03-05')).some((r) => r.id === thanks.id)).toBe(
      false,
    );
    expect(await expireReminders('2026-03-04')).toBe(0);
    expect(await expireReminders('2026-03-05')).toBe(1);
    expect((await db.reminders.get(thanks.id))?.status).toBe('expired');
    expect(await expireReminders('2026-03-05')).toBe(0);
  });

  it('expires a snoozed thank-you too', async () => {
    const { of } = await rejectedLoop(false);
    await snoozeReminder(of('thank-you').id, '2026-04-01');
    expect(await expireReminders('2026-03-05')).toBe(1);
  });
});

describe('a LinkedIn connection made', () => {
  it('marks the person connected, and undo clears the flag again', async () => {
    const company = await findOrCreateCompany({ name: 'Acme' });
    const loop = await createLoop({
      companyId: company.id,
      role: 'VP',
      status: 'interviewing',
      on: '2026-02-02',
    });
    const sam = await createPerson({ name: 'Sam Ortiz', connected: false });
    await addParticipant({ loopId: loop.id, personId: sam.id, role: 'interviewer' });
    await changeLoopStatus(loop.id, { status: 'rejected', on: '2026-02-27' });
    const connect = (await db.reminders.toArray()).find((r) => r.kind === 'linkedin-connect') as Reminder;
    const { undo } = await completeReminder(connect.id, { on: '2026-03-02' });
    expect((await db.people.get(sam.id))?.connected).toBe(true);
    expect(await db.touches.where('personId').equals(sam.id).first()).toMatchObject({ channel: 'linkedin' });
    await reopenReminder(connect.id, undo);
    expect((await db.people.get(sam.id))?.connected).toBe(false);
    expect((await db.reminders.get(connect.id))?.status).toBe('open');
  });
});
