/**
 * The reason sentences as the user reads them: the role as an appositive, a company ending in a
 * period, and the progress-update interval taken from the setting the reminder was planned with.
 */
import { describe, expect, it } from 'vitest';
import { reasonText as agendaReason } from '../../src/dashboard/views/agenda/ReminderList';
import { roleKeyOf } from '../../src/db/due';
import { addDays } from '../../src/domain/dates';
import { planProgressUpdate } from '../../src/domain/playbook/progress-update';
import { progressUpdateWeeks, type ReasonContext, reasonFor, reasonText } from '../../src/domain/reasons';
import { DEFAULT_TEMPLATES, mendPunctuation, renderTemplate } from '../../src/domain/templates';
import {
  DEFAULT_INTERVALS,
  type Loop,
  type Person,
  type Reminder,
  type ReminderKind,
} from '../../src/domain/types';
import { type MessageKey, t } from '../../src/i18n/i18n';

const translate = (key: string, values?: Record<string, string>) => t(key as MessageKey, values);
const say = (kind: ReminderKind, context: ReasonContext, extra: Partial<Reminder> = {}) =>
  reasonText(reasonFor({ kind, personId: 'p1', ...extra }, context), translate);

const dana = { person: { name: 'Dana Hill' }, company: { name: 'Acme' }, loop: { role: 'VP Marketing' } };

describe('the role as an appositive', () => {
  it('keeps ", the hiring manager" in the five-month check-in', () => {
    expect(say('five-month-check-in', { ...dana, participantRole: 'hiring-manager' })).toBe(
      'Five months since Acme chose someone else: the winner has had time to succeed or fail. Check in with Dana, the hiring manager.',
    );
  });

  it.each([
    ['hr', 'Dana, in HR, about'],
    ['recruiter', 'Dana, the recruiter, about'],
    ['interviewer', 'Dana, one of your interviewers, about'],
  ] as const)('thank-you names a %s in the middle of the sentence', (role, part) => {
    expect(say('thank-you', { ...dana, participantRole: role })).toContain(part);
  });

  it('closes the gap when the role is unknown, without a stray comma', () => {
    expect(say('five-month-check-in', dana)).toMatch(/Check in with Dana\.$/);
    expect(say('thank-you', dana)).toContain('You met Dana about the VP Marketing role');
  });

  it('the agenda and person pages name the role too (they once dropped it)', () => {
    const reminder = { kind: 'five-month-check-in', personId: 'p1', loopId: 'l1' } as Reminder;
    const loop = { id: 'l1', role: 'VP Marketing' } as Loop;
    const labels = new Map([['l1', { loop, company: { id: 'c1', name: 'Acme' } as never }]]);
    const roles = new Map([[roleKeyOf('l1', 'p1'), 'hiring-manager' as const]]);
    const person = { id: 'p1', name: 'Dana Hill' } as Person;
    expect(agendaReason(reminder, person, labels, roles)).toMatch(
      /Check in with Dana, the hiring manager\.$/,
    );
  });
});

describe('a company name ending in a period', () => {
  const bv = { ...dana, company: { name: 'Acme B.V.' } };

  it('gives one period in a reason, not "B.V.."', () => {
    const sentence = say('rapport-call', bv);
    expect(sentence).toContain('at Acme B.V. A call');
    expect(sentence).not.toContain('..');
  });

  it.each(Object.keys(DEFAULT_TEMPLATES) as (keyof typeof DEFAULT_TEMPLATES)[])(
    'gives one period in the %s draft',
    (kind) => {
      const out = renderTemplate(DEFAULT_TEMPLATES[kind], {
        firstName: 'Dana',
        company: 'Acme B.V.',
        newCompany: 'Initech Ltd.',
        role: 'VP Marketing',
        myName: 'Alex',
      });
      expect(`${out.subject}\n${out.body}`).not.toMatch(/[^.]\.\.(?!\.)/);
    },
  );

  it('keeps an ellipsis and a single period as they are', () => {
    expect(mendPunctuation('Acme B.V.. Then... more.')).toBe('Acme B.V. Then... more.');
    expect(
      renderTemplate({ subject: '', body: 'Thanks[[ at {company}]].' }, { company: 'Acme B.V.' }).body,
    ).toBe('Thanks at Acme B.V.');
  });
});

describe('"every N weeks" follows the progress-update setting', () => {
  const rejected = (on: string) => ({
    id: 'l1',
    status: 'rejected' as const,
    history: [{ status: 'rejected' as const, on }],
    createdAt: 1,
  });

  // Every weekday as the outcome date, weekends skipped or not, 1 to 12 weeks.
  const cases = [1, 2, 3, 6, 8, 12].flatMap((weeks) =>
    [0, 1, 2, 3, 4, 5, 6].flatMap((day) =>
      [true, false].map((skipWeekends) => ({ weeks, on: addDays('2026-03-02', day), skipWeekends })),
    ),
  );

  it.each(cases)('$weeks weeks from $on (skip weekends: $skipWeekends)', ({ weeks, on, skipWeekends }) => {
    const planned = planProgressUpdate('p1', [rejected(on)], undefined, {
      skipWeekends,
      intervals: { ...DEFAULT_INTERVALS, progressUpdateWeeks: weeks },
    });
    if (!planned) throw new Error('no progress update planned');
    expect(progressUpdateWeeks(planned)).toBe(weeks);
    const sentence = say('progress-update', dana, planned);
    expect(sentence).toContain(weeks === 1 ? 'every week' : `every ${weeks} weeks`);
    expect(sentence).not.toMatch(/couple of months|few weeks|\{weeks\}/);
  });

  it('falls back to the default when the reminder carries no dates', () => {
    expect(say('progress-update', dana)).toContain(`every ${DEFAULT_INTERVALS.progressUpdateWeeks} weeks`);
  });
});
