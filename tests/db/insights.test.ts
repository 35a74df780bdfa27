/**
 * Each chart of #/insights against a database seeded through the repositories with dates whose answers
 * are worked out by hand below (today is Monday 15 June 2026; the per-month charts show July 2025 to
 * June 2026; the months ahead run from today to 30 November 2026).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { findOrCreateCompany } from '../../src/db/companies';
import { type Insights, readInsights } from '../../src/db/insights';
import { changeLoopStatus, createLoop } from '../../src/db/loops';
import { addParticipant } from '../../src/db/participations';
import { createPerson } from '../../src/db/people';
import { completeReminder, dismissReminder, listRemindersOfPerson } from '../../src/db/reminders';
import { aheadByMonth } from '../../src/domain/insights';
import type { LoopStatus } from '../../src/domain/types';
import { freshDatabase } from '../helpers/db';

const TODAY = '2026-06-15';
let insights: Insights;

async function loop(
  name: string,
  status: LoopStatus,
  on: string,
  changes: [LoopStatus, string, string?][] = [],
) {
  const company = await findOrCreateCompany({ name });
  const created = await createLoop({ companyId: company.id, role: 'VP Marketing', status, on });
  for (const [next, date, deadline] of changes)
    await changeLoopStatus(created.id, { status: next, on: date, ...(deadline ? { deadline } : {}) });
  return created;
}

async function thankYou(personId: string, due: string): Promise<string> {
  const found = (await listRemindersOfPerson(personId)).find((r) => r.kind === 'thank-you' && r.due === due);
  if (!found) throw new Error(`no thank-you due ${due}`);
  return found.id;
}

beforeAll(async () => {
  await freshDatabase();
  const dana = await createPerson({ name: 'Dana Hill' });
  const lee = await createPerson({ name: 'Lee Park' });
  const kim = await createPerson({ name: 'Kim Lee' });
  const sam = await createPerson({ name: 'Sam Roe' });
  await loop('Acme', 'applied', '2026-01-10');
  await loop('Globex', 'screening', '2026-03-05');
  const initech = await loop('Initech', 'applied', '2026-03-20');
  await addParticipant({ loopId: initech.id, personId: dana.id, met: ['2026-04-01', '2026-04-20'] });
  await addParticipant({ loopId: initech.id, personId: lee.id, met: ['2026-04-20'] });
  for (const [status, on, deadline] of [
    ['interviewing', '2026-04-01'],
    ['final-round', '2026-04-20'],
    ['offer', '2026-05-04', '2026-06-30'],
  ] as const)
    await changeLoopStatus(initech.id, { status, on, ...(deadline ? { deadline } : {}) });
  const hooli = await loop('Hooli', 'interviewing', '2026-05-01');
  await addParticipant({ loopId: hooli.id, personId: lee.id, met: ['2026-05-05'] });
  await addParticipant({ loopId: hooli.id, personId: kim.id, role: 'hiring-manager', met: ['2026-05-05'] });
  await changeLoopStatus(hooli.id, { status: 'rejected', on: '2026-05-20' });
  // Started and met before the twelve months shown: counted in the funnel only.
  const umbrella = await loop('Umbrella', 'applied', '2025-05-10', [['offer', '2025-06-01']]);
  await addParticipant({ loopId: umbrella.id, personId: sam.id, met: ['2025-06-05'] });
  await changeLoopStatus(umbrella.id, { status: 'accepted', on: '2025-06-10' });
  await loop('Stark', 'applied', '2026-06-01', [['withdrawn', '2026-06-10']]);

  await completeReminder(await thankYou(dana.id, '2026-04-01'), { on: '2026-04-01', logTouch: false });
  await completeReminder(await thankYou(lee.id, '2026-04-20'), { on: '2026-04-25', logTouch: false });
  await dismissReminder(await thankYou(dana.id, '2026-04-20'), { on: '2026-04-21' });
  insights = await readInsights(TODAY);
});

const asObject = (counts: { key: string; count: number }[]) =>
  Object.fromEntries(counts.filter((c) => c.count > 0).map((c) => [c.key, c.count]));

describe('insights, from a seeded database', () => {
  it('the funnel counts every loop at each stage it reached, skipped stages included', () => {
    // Applied: all six. Screening: Globex, Initech (applied → interviewing), Hooli, Umbrella (→ offer).
    // Interviewing: Initech, Hooli, Umbrella. Final round and offer: Initech, Umbrella (accepted).
    expect(insights.funnel).toEqual([
      { key: 'applied', count: 6 },
      { key: 'screening', count: 4 },
      { key: 'interviewing', count: 3 },
      { key: 'final-round', count: 2 },
      { key: 'offer', count: 2 },
    ]);
  });

  it('loops started per month: by their first dated status, over the twelve months to this one', () => {
    expect(insights.started.map((c) => c.key)).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(asObject(insights.started)).toEqual({ '2026-01': 1, '2026-03': 2, '2026-05': 1, '2026-06': 1 });
  });

  it('people met per month: each person once a month, across loops', () => {
    // April: Dana (twice) and Lee. May: Lee (in another loop) and Kim. Sam, in June 2025, is too early.
    expect(asObject(insights.met)).toEqual({ '2026-04': 2, '2026-05': 2 });
  });

  it('follow-ups: done by the due date, done after it, dismissed', () => {
    expect(insights.followUps).toEqual([
      { key: 'on-time', count: 1 },
      { key: 'late', count: 1 },
      { key: 'dismissed', count: 1 },
    ]);
  });

  it('the months ahead: check-ins, progress updates, offer deadlines and the rest, by month', () => {
    const { window, items } = insights.ahead;
    expect(window).toEqual({
      from: TODAY,
      to: '2026-11-30',
      months: ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'],
    });
    // June: Initech's deadline on the 30th, the consulting offer to Kim (Hooli, 20 May + 30 = 19 June).
    // July: Lee's and Kim's progress updates (20 May + 56 days = 15 July). October: the check-in with Kim
    // (20 May + 5 months = 20 October). Everything else of the rejection and the offer is already past.
    expect(items).toEqual([
      { date: '2026-06-19', kind: 'other' },
      { date: '2026-06-30', kind: 'offer-deadline' },
      { date: '2026-07-15', kind: 'progress-update' },
      { date: '2026-07-15', kind: 'progress-update' },
      { date: '2026-10-20', kind: 'check-in' },
    ]);
    expect(aheadByMonth(items, window.months)[1]).toEqual({
      'check-in': 0,
      'progress-update': 2,
      'offer-deadline': 0,
      other: 0,
    });
  });
});
