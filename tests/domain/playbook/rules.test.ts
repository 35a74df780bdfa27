import { describe, expect, it } from 'vitest';
import { planAnnouncement } from '../../../src/domain/playbook/accepted';
import { checkInPerson, planFiveMonth } from '../../../src/domain/playbook/five-month';
import { reminderKey } from '../../../src/domain/playbook/keys';
import { defaultChannel, isMessageKind } from '../../../src/domain/playbook/kinds';
import { planOffer } from '../../../src/domain/playbook/offer';
import { plan, planLoop } from '../../../src/domain/playbook/plan';
import { planProgressUpdate } from '../../../src/domain/playbook/progress-update';
import { planRejection } from '../../../src/domain/playbook/rejection';
import { planThankYous, thankYouSuperseded } from '../../../src/domain/playbook/thank-you';
import { brief, loop, part, settings } from './helpers';

const people = new Map([
  ['dana', { id: 'dana', connected: false }],
  ['lee', { id: 'lee', connected: true }],
]);

describe('keys', () => {
  it('are kind|loop|person|anchor, with an empty person for the loop', () => {
    expect(reminderKey('thank-you', 'L', 'P', '2026-01-01')).toBe('thank-you|L|P|2026-01-01');
    expect(reminderKey('process-review', 'L', null, 'closed')).toBe('process-review|L||closed');
  });
});

describe('thank-you', () => {
  const active = loop('L', ['interviewing', '2026-02-02']);
  const metOn = (...met: string[]) => [part('L', 'dana', 'hr', { met })];

  it('is due the day of each meeting, a weekend one too, and expires 14 days after', () => {
    const out = planThankYous(active, metOn('2026-02-19', '2026-02-21'), settings);
    expect(out.map((r) => [r.anchor, r.due, r.expiresOn])).toEqual([
      ['2026-02-19', '2026-02-19', '2026-03-05'],
      ['2026-02-21', '2026-02-21', '2026-03-07'],
    ]);
  });

  it('moves to M+N with the setting, and then off the weekend', () => {
    const later = { ...settings, intervals: { ...settings.intervals, thankYouDays: 1 } };
    const out = planThankYous(active, metOn('2026-02-19', '2026-02-20'), later);
    expect(out.map((r) => [r.anchor, r.due, r.expiresOn])).toEqual([
      ['2026-02-19', '2026-02-20', '2026-03-06'],
      ['2026-02-20', '2026-02-23', '2026-03-09'],
    ]);
  });

  it('follows the meetings whatever the status, declined and accepted included', () => {
    for (const status of ['applied', 'offer', 'declined', 'accepted'] as const) {
      const out = planLoop(
        loop('L', [status, '2026-03-01']),
        [part('L', 'lee', 'hr', { met: ['2026-02-10'] })],
        people,
        settings,
      );
      expect(out.filter((r) => r.kind === 'thank-you')).toHaveLength(1);
    }
  });

  it('is obsolete after a rejection or withdrawal on or after the meeting, not before it', () => {
    for (const status of ['rejected', 'withdrawn'] as const) {
      const thanks = (met: string[]) =>
        planLoop(loop('L', [status, '2026-03-01']), metOn(...met), people, settings)
          .filter((r) => r.kind === 'thank-you')
          .map((r) => r.anchor);
      expect(thanks(['2026-02-27', '2026-03-01', '2026-03-02'])).toEqual(['2026-03-02']);
    }
    expect(thankYouSuperseded(loop('L', ['rejected', '2026-03-01']), '2026-03-01')).toBe(true);
    expect(thankYouSuperseded(loop('L', ['offer', '2026-03-01']), '2026-02-01')).toBe(false);
  });
});

describe('rejection and withdrawal', () => {
  const parts = [part('L', 'dana', 'hiring-manager', { hitItOff: true }), part('L', 'lee', 'hr')];

  it('plans every step of a rejection (Friday 27 Feb 2026)', () => {
    expect(brief(planRejection(loop('L', ['rejected', '2026-02-27']), parts, people, settings))).toEqual([
      'consulting-offer:dana@2026-03-30',
      'linkedin-connect:dana@2026-03-02',
      'process-review:-@2026-03-06',
      'rapport-call:dana@2026-03-02',
      'rejection-follow-up:dana@2026-03-02',
      'rejection-follow-up:lee@2026-03-02',
    ]);
  });

  it('plans only follow-up and LinkedIn for a withdrawal', () => {
    expect(brief(planRejection(loop('L', ['withdrawn', '2026-02-27']), parts, people, settings))).toEqual([
      'linkedin-connect:dana@2026-03-02',
      'rejection-follow-up:dana@2026-03-02',
      'rejection-follow-up:lee@2026-03-02',
    ]);
  });

  it('anchors on the outcome, so moving its date keeps the keys', () => {
    const a = planRejection(loop('L', ['rejected', '2026-02-27']), parts, people, settings);
    const b = planRejection(loop('L', ['rejected', '2026-03-10']), parts, people, settings);
    const c = planRejection(loop('L', ['withdrawn', '2026-03-10']), parts, people, settings);
    expect(b.map((r) => r.key)).toEqual(a.map((r) => r.key));
    expect(c.map((r) => r.key).every((key) => a.some((r) => r.key === key))).toBe(true);
    expect(a.every((r) => r.anchor === 'closed')).toBe(true);
  });

  it('counts from the start of the current status, not from a repeated entry', () => {
    const repeated = loop(
      'L',
      ['interviewing', '2026-02-01'],
      ['rejected', '2026-02-27'],
      ['rejected', '2026-03-05'],
    );
    expect(planRejection(repeated, parts, people, settings)[0]?.due).toBe('2026-03-02');
  });

  it('offers consulting only when there is a hiring manager', () => {
    const out = planRejection(
      loop('L', ['rejected', '2026-02-27']),
      [part('L', 'lee', 'hr')],
      people,
      settings,
    );
    expect(out.some((r) => r.kind === 'consulting-offer')).toBe(false);
  });
});

describe('five-month check-in', () => {
  it.each([
    [['interviewer', 'hr', 'hiring-manager', 'executive'], 'p2'],
    [['recruiter', 'executive', 'hr'], 'p2'],
    [['recruiter', 'executive'], 'p1'],
    [['peer', 'recruiter', 'recruiter'], 'p1'],
    [['peer', 'other'], 'p0'],
  ] as const)('prefers HM, HR, executive, recruiter: %j → %s', (roles, expected) => {
    const parts = roles.map((role, i) => part('L', `p${i}`, role));
    expect(checkInPerson(parts)?.personId).toBe(expected);
  });

  it('then someone you hit it off with, then the first participant, then the loop', () => {
    const a = part('L', 'a', 'peer');
    const b = part('L', 'b', 'interviewer', { hitItOff: true });
    expect(checkInPerson([a, b])?.personId).toBe('b');
    expect(checkInPerson([b, a].map((p) => ({ ...p, hitItOff: false })))?.personId).toBe('a');
    expect(checkInPerson([])).toBeUndefined();
    const [only] = planFiveMonth(loop('L', ['rejected', '2026-07-31']), [], settings);
    expect(only).toMatchObject({ personId: null, due: '2026-12-31' });
  });

  it('adds calendar months, clamps, then moves off the weekend', () => {
    expect(planFiveMonth(loop('L', ['rejected', '2026-08-31']), [], settings)[0]?.due).toBe('2027-02-01');
    expect(planFiveMonth(loop('L', ['rejected', '2027-09-30']), [], settings)[0]?.due).toBe('2028-02-29');
    expect(
      planFiveMonth(loop('L', ['rejected', '2026-08-31']), [], { ...settings, skipWeekends: false })[0]?.due,
    ).toBe('2027-01-31');
    expect(planFiveMonth(loop('L', ['withdrawn', '2026-08-31']), [], settings)).toEqual([]);
  });
});

describe('offer', () => {
  const hm = [part('L', 'ravi', 'hiring-manager')];

  it('without a deadline: O+1, O+3, O+5 off the weekend, no decision', () => {
    expect(brief(planOffer(loop('L', ['offer', '2026-04-09']), hm, settings))).toEqual([
      'offer-hiring-manager:ravi@2026-04-14',
      'offer-meet-more-people:-@2026-04-13',
      'offer-questions:-@2026-04-10',
    ]);
  });

  it('with a deadline: clamped to D−1 after the weekend shift, decision exactly D−1', () => {
    expect(brief(planOffer(loop('L', ['offer', '2026-04-09', '2026-04-13']), hm, settings))).toEqual([
      'offer-decision:-@2026-04-12',
      'offer-hiring-manager:ravi@2026-04-12',
      'offer-meet-more-people:-@2026-04-12',
      'offer-questions:-@2026-04-10',
    ]);
  });

  it('takes the deadline from the editable offer details first', () => {
    const l = { ...loop('L', ['offer', '2026-04-09', '2026-04-13']), offer: { deadline: '2026-04-30' } };
    expect(planOffer(l, hm, settings).find((r) => r.kind === 'offer-decision')?.due).toBe('2026-04-29');
    const none = { ...l, offer: {} };
    expect(planOffer(none, hm, settings).some((r) => r.kind === 'offer-decision')).toBe(false);
  });

  it('never dates a step before the offer, even with a deadline on the same day', () => {
    const out = planOffer(loop('L', ['offer', '2026-06-03', '2026-06-03']), hm, settings);
    expect(out.every((r) => r.due === '2026-06-03')).toBe(true);
  });

  it('falls back to the loop for the conversation without a hiring manager', () => {
    const out = planOffer(loop('L', ['offer', '2026-04-09']), [part('L', 'lee', 'hr')], settings);
    expect(out.find((r) => r.kind === 'offer-hiring-manager')?.personId).toBeNull();
  });
});

describe('progress-update', () => {
  it('attaches to the most recent rejected or withdrawn loop and counts from the later of it and the last touch', () => {
    const loops = [
      loop('A', ['rejected', '2026-02-10']),
      loop('B', ['withdrawn', '2026-03-02']),
      loop('C', ['offer', '2026-04-01']),
    ];
    expect(planProgressUpdate('kim', loops, undefined, settings)).toMatchObject({
      loopId: 'B',
      anchor: '2026-03-02',
      due: '2026-04-27',
    });
    expect(planProgressUpdate('kim', loops, '2026-03-01', settings)?.due).toBe('2026-04-27');
    expect(planProgressUpdate('kim', loops, '2026-03-10', settings)).toMatchObject({
      anchor: '2026-03-10',
      due: '2026-05-05',
    });
    expect(planProgressUpdate('kim', [loops[2] ?? loop('x')], '2026-03-10', settings)).toBeUndefined();
  });

  it('uses the weeks setting', () => {
    const s = { ...settings, intervals: { ...settings.intervals, progressUpdateWeeks: 2 } };
    expect(planProgressUpdate('kim', [loop('A', ['rejected', '2026-02-10'])], undefined, s)?.due).toBe(
      '2026-02-24',
    );
  });

  it('is one series per person in the whole plan', () => {
    const out = plan({
      loops: [loop('A', ['rejected', '2026-02-10']), loop('B', ['rejected', '2026-03-20'])],
      participations: [part('A', 'kim', 'recruiter'), part('B', 'kim', 'recruiter')],
      people: [{ id: 'kim', connected: true }],
      touches: [],
      settings,
    });
    expect(out.filter((r) => r.kind === 'progress-update').map((r) => r.loopId)).toEqual(['B']);
  });
});

describe('accepted', () => {
  it('announces to everyone in another loop, once, at A+7', () => {
    const out = plan({
      loops: [
        loop('A', ['rejected', '2026-01-15']),
        loop('B', ['applied', '2026-04-01']),
        loop('U', ['accepted', '2026-05-08']),
      ],
      participations: [
        part('A', 'dana'),
        part('A', 'lee'),
        part('B', 'lee'),
        part('U', 'mo'),
        part('U', 'ravi'),
        part('B', 'ravi'),
      ],
      people: ['dana', 'lee', 'mo', 'ravi'].map((id) => ({ id, connected: true })),
      touches: [],
      settings,
    });
    expect(brief(out.filter((r) => r.kind === 'new-job-announcement'))).toEqual([
      'new-job-announcement:dana@2026-05-15',
      'new-job-announcement:lee@2026-05-15',
      'new-job-announcement:ravi@2026-05-15',
    ]);
    expect(planAnnouncement(loop('X', ['offer', '2026-05-08']), 'dana', settings)).toBeUndefined();
  });

  it('gives an accepted or declined loop no outcome reminders of its own', () => {
    for (const status of ['accepted', 'declined'] as const) {
      const l = loop('L', ['offer', '2026-05-01', '2026-05-10'], [status, '2026-05-05']);
      expect(planLoop(l, [part('L', 'dana', 'hiring-manager')], people, settings)).toEqual([]);
    }
  });
});

describe('kinds', () => {
  it('separates messages from tasks and picks a channel', () => {
    expect(isMessageKind('rapport-call')).toBe(true);
    expect(isMessageKind('offer-decision')).toBe(false);
    expect(defaultChannel('rapport-call')).toBe('call');
    expect(defaultChannel('linkedin-connect')).toBe('linkedin');
    expect(defaultChannel('thank-you')).toBe('email');
  });
});
