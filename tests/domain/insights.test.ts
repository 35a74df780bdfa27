/** The edges of the insights' arithmetic that the seeded-database test (tests/db/insights.test.ts) does not reach. */
import { describe, expect, it } from 'vitest';
import { aheadItems, aheadWindow, followUps, funnel, monthsBefore } from '../../src/domain/insights';
import type { Loop, LoopStatus, Reminder } from '../../src/domain/types';

const loop = (...history: [LoopStatus, string][]): Loop => ({
  id: history.map(([s]) => s).join('-'),
  companyId: 'c',
  role: 'CMO',
  status: history.at(-1)?.[0] ?? 'applied',
  history: history.map(([status, on]) => ({ status, on })),
  notes: '',
  review: { wentWell: '', toImprove: '' },
  createdAt: 0,
  updatedAt: 0,
});

const reminder = (patch: Partial<Reminder>): Reminder => ({
  id: Math.random().toString(36),
  key: Math.random().toString(36),
  kind: 'thank-you',
  loopId: null,
  personId: null,
  anchor: '',
  due: '2026-03-10',
  showOn: '2026-03-10',
  status: 'open',
  createdAt: 0,
  updatedAt: 0,
  ...patch,
});

describe('insights arithmetic', () => {
  it('a loop rejected at once still applied; a declined offer reached the offer', () => {
    expect(
      funnel([
        loop(['rejected', '2026-01-01']),
        loop(['final-round', '2026-01-01'], ['declined', '2026-02-01']),
      ]).map((c) => c.count),
    ).toEqual([2, 1, 1, 1, 1]);
  });

  it('twelve months back across a year, and a window ending on the sixth month’s last day', () => {
    expect(monthsBefore('2026-02-28', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(aheadWindow('2026-09-30')).toEqual({
      from: '2026-09-30',
      to: '2027-02-28',
      months: ['2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02'],
    });
  });

  it('a done reminder without its closing day counts by the day it was last written', () => {
    const noon = (date: string) => new Date(`${date}T12:00:00`).getTime();
    const counts = followUps([
      reminder({ status: 'done', due: '2026-03-10', updatedAt: noon('2026-03-10') }),
      reminder({ status: 'done', due: '2026-03-10', updatedAt: noon('2026-03-11') }),
      reminder({ status: 'expired' }),
    ]);
    expect(counts.map((c) => c.count)).toEqual([1, 1, 0]);
  });

  it('the months ahead leave out the offer-decision reminder (its deadline is shown), expired ones and the past', () => {
    const window = aheadWindow('2026-03-10');
    const offer = {
      ...loop(['offer', '2026-03-01']),
      offer: { deadline: '2026-03-20', notes: '', questions: [], toMeet: '', conversation: '' },
    };
    const items = aheadItems(
      [
        reminder({ kind: 'offer-decision', showOn: '2026-03-19' }),
        reminder({ kind: 'thank-you', showOn: '2026-03-10', expiresOn: '2026-03-10' }),
        reminder({ kind: 'progress-update', showOn: '2026-03-09' }),
        reminder({ kind: 'progress-update', showOn: '2026-08-31' }),
        reminder({ kind: 'five-month-check-in', showOn: '2026-09-01' }),
      ],
      [offer, loop(['rejected', '2026-03-01'])],
      window,
    );
    expect(items).toEqual([
      { date: '2026-03-20', kind: 'offer-deadline' },
      { date: '2026-08-31', kind: 'progress-update' },
    ]);
  });
});
