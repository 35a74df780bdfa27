/** The board's read: the loops of the asked stages with company, people, stage date and next step. */
import { beforeEach, describe, expect, it } from 'vitest';
import { CLOSED_STATUSES, OPEN_STATUSES } from '../../src/dashboard/views/board/columns';
import { countLoops, readBoard } from '../../src/db/board';
import { findOrCreateCompany } from '../../src/db/companies';
import { changeLoopStatus, createLoop } from '../../src/db/loops';
import { listNextSteps } from '../../src/db/next-steps';
import { addParticipant } from '../../src/db/participations';
import { createPerson } from '../../src/db/people';
import { freshDatabase } from '../helpers/db';

beforeEach(async () => {
  await freshDatabase();
});

describe('readBoard', () => {
  it('reads the open loops with their people in joining order, the date of their stage and next step', async () => {
    const acme = await findOrCreateCompany({ name: 'Acme' });
    const globex = await findOrCreateCompany({ name: 'Globex' });
    const live = await createLoop({
      companyId: acme.id,
      role: 'VP Marketing',
      status: 'applied',
      on: '2026-03-01',
    });
    await changeLoopStatus(live.id, { status: 'interviewing', on: '2026-03-10' });
    const lee = await createPerson({ name: 'Lee Park' });
    const dana = await createPerson({ name: 'Dana Hill' });
    await addParticipant({ loopId: live.id, personId: lee.id, met: ['2026-03-12'] });
    await addParticipant({ loopId: live.id, personId: dana.id });
    const closed = await createLoop({ companyId: globex.id, role: 'CMO', on: '2026-02-01' });
    await changeLoopStatus(closed.id, { status: 'withdrawn', on: '2026-02-20' });

    const open = await readBoard(OPEN_STATUSES, '2026-03-12');
    expect(open).toHaveLength(1);
    const [card] = open;
    expect(card?.company?.name).toBe('Acme');
    expect(card?.people).toEqual(['Lee Park', 'Dana Hill']);
    expect(card?.since).toBe('2026-03-10');
    expect(card?.next?.reminder.kind).toBe('thank-you');
    expect(card?.next?.person?.name).toBe('Lee Park');

    const ended = await readBoard(CLOSED_STATUSES, '2026-03-12');
    expect(ended.map((c) => [c.company?.name, c.loop.status, c.since])).toEqual([
      ['Globex', 'withdrawn', '2026-02-20'],
    ]);
    expect(await countLoops(CLOSED_STATUSES)).toBe(1);
    expect(await countLoops(OPEN_STATUSES)).toBe(1);
  });

  it('picks the same next step as the loops list, expired thank-yous left out', async () => {
    const acme = await findOrCreateCompany({ name: 'Acme' });
    const loop = await createLoop({
      companyId: acme.id,
      role: 'CMO',
      status: 'interviewing',
      on: '2026-03-01',
    });
    const dana = await createPerson({ name: 'Dana Hill' });
    const lee = await createPerson({ name: 'Lee Park' });
    await addParticipant({ loopId: loop.id, personId: dana.id, met: ['2026-03-02'] });
    await addParticipant({ loopId: loop.id, personId: lee.id, met: ['2026-03-20'] });
    await changeLoopStatus(loop.id, { status: 'offer', on: '2026-03-21' });
    // Dana's thank-you (2 March) expired on the 16th: the board, as the list, shows what is still live.
    for (const today of ['2026-03-03', '2026-03-20', '2026-03-23']) {
      const [card] = await readBoard(OPEN_STATUSES, today);
      const listed = (await listNextSteps(today)).get(loop.id);
      expect(card?.next?.reminder.key).toBe(listed?.reminder.key);
      expect(card?.next?.person?.name).toBe(listed?.person?.name);
    }
    expect((await readBoard(OPEN_STATUSES, '2026-03-20'))[0]?.next?.person?.name).toBe('Lee Park');
  });

  it('reads nothing on an empty database', async () => {
    expect(await readBoard(OPEN_STATUSES, '2026-03-12')).toEqual([]);
    expect(await countLoops(CLOSED_STATUSES)).toBe(0);
  });
});
