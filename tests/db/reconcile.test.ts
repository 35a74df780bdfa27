import { beforeEach, describe, expect, it } from 'vitest';
import { findOrCreateCompany } from '../../src/db/companies';
import type { LoopkeeperDatabase } from '../../src/db/database';
import { changeLoopStatus, createLoop, deleteLoop, replaceLoopHistory } from '../../src/db/loops';
import { addParticipant, removeParticipant, updateParticipation } from '../../src/db/participations';
import { createPerson, deletePerson, updatePerson } from '../../src/db/people';
import { completeReminder, snoozeReminder } from '../../src/db/reminders';
import { updateSettings } from '../../src/db/settings';
import { logTouch } from '../../src/db/touches';
import type { Reminder } from '../../src/domain/types';
import { freshDatabase } from '../helpers/db';

let db: LoopkeeperDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

async function setup() {
  const company = await findOrCreateCompany({ name: 'Acme' });
  const loop = await createLoop({
    companyId: company.id,
    role: 'VP Marketing',
    status: 'interviewing',
    on: '2026-02-02',
  });
  const dana = await createPerson({ name: 'Dana Hill' });
  const lee = await createPerson({ name: 'Lee Park', connected: true });
  const danaIn = await addParticipant({
    loopId: loop.id,
    personId: dana.id,
    role: 'hiring-manager',
    met: ['2026-02-19'],
  });
  const leeIn = await addParticipant({ loopId: loop.id, personId: lee.id, role: 'hr' });
  return { company, loop, dana, lee, danaIn, leeIn };
}

const all = () => db.reminders.toArray();
const find = async (kind: string, personId: string | null = null) =>
  (await all()).find((r) => r.kind === kind && r.personId === personId) as Reminder;
const pending = async () =>
  (await all())
    .filter((r) => r.status === 'open' || r.status === 'snoozed')
    .map((r) => `${r.kind}@${r.due}`)
    .sort();

describe('reconcileAfter', () => {
  it('adds the rules of a new outcome; the rejection makes the thank-you obsolete, undone brings it back', async () => {
    const { loop, dana } = await setup();
    expect(await pending()).toEqual(['thank-you@2026-02-19']);
    await changeLoopStatus(loop.id, { status: 'rejected', on: '2026-02-27' });
    expect(await pending()).toContain('five-month-check-in@2026-07-27');
    expect(await pending()).not.toContain('thank-you@2026-02-19');
    expect((await find('thank-you', dana.id)).status).toBe('obsolete');
    expect((await all()).length).toBe(9);
    await replaceLoopHistory(loop.id, [{ status: 'interviewing', on: '2026-02-02' }]);
    expect(await pending()).toEqual(['thank-you@2026-02-19']);
  });

  it('keeps a thank-you for a meeting after the rejection, and a done one as history', async () => {
    const { loop, dana, lee, leeIn } = await setup();
    const first = await find('thank-you', dana.id);
    await completeReminder(first.id, { on: '2026-02-19' });
    await changeLoopStatus(loop.id, { status: 'rejected', on: '2026-02-27' });
    await updateParticipation(leeIn.id, { met: ['2026-03-02'] });
    expect((await db.reminders.get(first.id))?.status).toBe('done');
    expect(await pending()).toContain('thank-you@2026-03-02');
    expect((await find('thank-you', lee.id)).status).toBe('open');
  });

  it('changes nothing when planned again', async () => {
    const { loop, dana, lee } = await setup();
    await changeLoopStatus(loop.id, { status: 'rejected', on: '2026-02-27' });
    const before = await all();
    await updateSettings({ skipWeekends: true }); // replans everything
    await updatePerson(dana.id, {});
    await logTouch({ personId: lee.id, on: '2026-01-01', channel: 'email' }); // older than the rejection
    expect(await all()).toEqual(before);
  });

  it('moves open reminders when the date changes, keeping id and status; a later snooze holds', async () => {
    const { loop, dana } = await setup();
    await changeLoopStatus(loop.id, { status: 'rejected', on: '2026-02-27' });
    const followUp = await find('rejection-follow-up', dana.id);
    const consulting = await find('consulting-offer', dana.id);
    await snoozeReminder(consulting.id, '2026-06-01');
    await replaceLoopHistory(loop.id, [
      { status: 'interviewing', on: '2026-02-02' },
      { status: 'rejected', on: '2026-03-10' },
    ]);
    const moved = await db.reminders.get(followUp.id);
    expect(moved).toMatchObject({ status: 'open', due: '2026-03-11', showOn: '2026-03-11' });
    expect(await db.reminders.get(consulting.id)).toMatchObject({
      status: 'snoozed',
      due: '2026-04-09',
      showOn: '2026-06-01',
    });
  });

  it('reopens a snooze that the new due date overtakes', async () => {
    const { loop, dana } = await setup();
    await changeLoopStatus(loop.id, { status: 'rejected', on: '2026-02-27' });
    const followUp = await find('rejection-follow-up', dana.id);
    await snoozeReminder(followUp.id, '2026-03-04');
    await replaceLoopHistory(loop.id, [{ status: 'rejected', on: '2026-03-20' }]);
    expect(await db.reminders.get(followUp.id)).toMatchObject({
      status: 'open',
      due: '2026-03-23',
      showOn: '2026-03-23',
    });
  });

  it('deletes open reminders whose rule no longer applies and keeps done ones as history', async () => {
    const { loop, dana } = await setup();
    await changeLoopStatus(loop.id, { status: 'rejected', on: '2026-02-27' });
    const done = await find('rejection-follow-up', dana.id);
    await completeReminder(done.id, { on: '2026-03-02' });
    await replaceLoopHistory(loop.id, [{ status: 'interviewing', on: '2026-02-02' }]);
    const left = await all();
    expect(left.map((r) => `${r.kind}:${r.status}`).sort()).toEqual([
      'rejection-follow-up:done',
      'thank-you:open',
    ]);
    // Rejected again: the done follow-up is not repeated.
    await changeLoopStatus(loop.id, { status: 'rejected', on: '2026-03-05' });
    const followUps = (await all()).filter((r) => r.kind === 'rejection-follow-up' && r.personId === dana.id);
    expect(followUps).toHaveLength(1);
    expect(followUps[0]).toMatchObject({ id: done.id, status: 'done', due: '2026-03-02' });
  });

  it('swaps offer reminders for rejection ones', async () => {
    const { loop } = await setup();
    await changeLoopStatus(loop.id, { status: 'offer', on: '2026-04-09', deadline: '2026-04-13' });
    expect(await pending()).toContain('offer-decision@2026-04-12');
    await changeLoopStatus(loop.id, { status: 'rejected', on: '2026-04-10' });
    expect((await pending()).some((r) => r.startsWith('offer-'))).toBe(false);
  });

  it('makes an accepted loop’s own open reminders obsolete, except thank-you, and back when undone', async () => {
    const { loop } = await setup();
    await changeLoopStatus(loop.id, { status: 'offer', on: '2026-04-09' });
    await changeLoopStatus(loop.id, { status: 'accepted', on: '2026-04-12' });
    const statuses = (await all()).map((r) => `${r.kind}:${r.status}`).sort();
    expect(statuses).toEqual([
      'offer-hiring-manager:obsolete',
      'offer-meet-more-people:obsolete',
      'offer-questions:obsolete',
      'thank-you:open',
    ]);
    await replaceLoopHistory(loop.id, [{ status: 'offer', on: '2026-04-09' }]);
    expect((await all()).every((r) => r.status === 'open')).toBe(true);
    await replaceLoopHistory(loop.id, [{ status: 'interviewing', on: '2026-02-02' }]);
    expect(await pending()).toEqual(['thank-you@2026-02-19']);
  });

  it('announces an accepted job to people who join other loops later, and withdraws it when they leave', async () => {
    const { loop, company } = await setup();
    await changeLoopStatus(loop.id, { status: 'accepted', on: '2026-04-10' });
    const other = await createLoop({
      companyId: company.id,
      role: 'CMO',
      status: 'applied',
      on: '2026-01-05',
    });
    const kim = await createPerson({ name: 'Kim Laurent' });
    const kimIn = await addParticipant({ loopId: other.id, personId: kim.id });
    expect(await find('new-job-announcement', kim.id)).toMatchObject({ loopId: loop.id, due: '2026-04-17' });
    await removeParticipant(kimIn.id);
    expect(await find('new-job-announcement', kim.id)).toBeUndefined();
  });

  it('moves the progress update with touches, and deletes a person’s reminders with them', async () => {
    const { loop, lee } = await setup();
    await changeLoopStatus(loop.id, { status: 'rejected', on: '2026-02-27' });
    expect((await find('progress-update', lee.id)).due).toBe('2026-04-24');
    await logTouch({ personId: lee.id, on: '2026-03-10', channel: 'call' });
    const series = (await all()).filter((r) => r.kind === 'progress-update' && r.personId === lee.id);
    expect(series.map((r) => r.due)).toEqual(['2026-05-05']);
    await deletePerson(lee.id);
    expect((await all()).some((r) => r.personId === lee.id)).toBe(false);
  });

  it('follows participation edits: hit it off, connected, role', async () => {
    const { loop, dana, danaIn, leeIn } = await setup();
    await changeLoopStatus(loop.id, { status: 'rejected', on: '2026-02-27' });
    expect(await find('rapport-call', dana.id)).toBeUndefined();
    await updateParticipation(danaIn.id, { hitItOff: true });
    expect(await find('rapport-call', dana.id)).toBeDefined();
    await updatePerson(dana.id, { connected: true });
    expect(await find('linkedin-connect', dana.id)).toBeUndefined();
    await updateParticipation(danaIn.id, { role: 'peer' });
    await updateParticipation(leeIn.id, { role: 'executive' });
    expect((await find('five-month-check-in', leeIn.personId))?.due).toBe('2026-07-27');
    expect(await find('consulting-offer', dana.id)).toBeUndefined();
  });

  it('replans every loop when the intervals change', async () => {
    const { loop } = await setup();
    await changeLoopStatus(loop.id, { status: 'rejected', on: '2026-02-27' });
    await updateSettings({ intervals: { checkInMonths: 6 }, skipWeekends: false });
    expect(await pending()).toContain('five-month-check-in@2026-08-27');
    expect(await pending()).toContain('rejection-follow-up@2026-02-28');
  });

  it('deletes a loop’s reminders with it and the announcements that depended on it', async () => {
    const { loop, company } = await setup();
    const accepted = await createLoop({
      companyId: company.id,
      role: 'CMO',
      status: 'accepted',
      on: '2026-04-10',
    });
    expect((await all()).filter((r) => r.kind === 'new-job-announcement')).toHaveLength(2);
    await deleteLoop(loop.id);
    expect((await all()).filter((r) => r.loopId === loop.id)).toEqual([]);
    expect(
      (await all()).filter((r) => r.kind === 'new-job-announcement' && r.loopId === accepted.id),
    ).toEqual([]);
  });
});
