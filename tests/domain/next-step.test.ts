import { describe, expect, it } from 'vitest';
import { chooseNextSteps } from '../../src/domain/next-step';
import type { Reminder } from '../../src/domain/types';

let n = 0;
function reminder(over: Partial<Reminder>): Reminder {
  n += 1;
  return {
    id: `r${n}`,
    key: `k${n}`,
    kind: 'rejection-follow-up',
    loopId: 'acme',
    personId: 'dana',
    anchor: '',
    due: '2026-03-10',
    showOn: '2026-03-10',
    status: 'open',
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
}

describe('a loop’s next step', () => {
  it('is the reminder showing first, one per loop; reminders of no loop are left out', () => {
    const later = reminder({ showOn: '2026-03-12', due: '2026-03-12' });
    const first = reminder({ showOn: '2026-03-09', due: '2026-03-09' });
    const globex = reminder({ loopId: 'globex', showOn: '2026-04-01', due: '2026-04-01' });
    const none = reminder({ loopId: null, showOn: '2026-01-01', due: '2026-01-01' });
    const next = chooseNextSteps([later, globex, none, first]);
    expect(next.get('acme')).toBe(first);
    expect(next.get('globex')).toBe(globex);
    expect(next.size).toBe(2);
  });

  it('respects a snooze: a reminder due earlier but snoozed past another comes after it', () => {
    const snoozed = reminder({ status: 'snoozed', due: '2026-03-01', showOn: '2026-03-20' });
    const open = reminder({ due: '2026-03-05', showOn: '2026-03-05' });
    expect(chooseNextSteps([snoozed, open]).get('acme')).toBe(open);
  });

  it('on the same day prefers a message to a person, then the playbook’s order (a thank-you first)', () => {
    const review = reminder({ kind: 'process-review', personId: null });
    const connect = reminder({ kind: 'linkedin-connect' });
    const thanks = reminder({ kind: 'thank-you' });
    expect(chooseNextSteps([review, connect]).get('acme')).toBe(connect);
    expect(chooseNextSteps([review, connect, thanks]).get('acme')).toBe(thanks);
  });
});
