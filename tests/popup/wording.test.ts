import { beforeEach, describe, expect, it } from 'vitest';
import { loadToday, type Row } from '../../src/popup/load';
import {
  actionDoneText,
  dueLabel,
  loopLine,
  personDetail,
  reasonSentence,
  subject,
} from '../../src/popup/wording';
import { freshPopupDatabase, seedJobSearch } from './seed';

const today = '2026-03-11';
let rows: Row[];
beforeEach(async () => {
  await freshPopupDatabase();
  await seedJobSearch(today);
  rows = (await loadToday(today)).sections.flatMap((s) => s.rows);
});
const find = (kind: string, name?: string) => {
  const row = rows.find((r) => r.reminder.kind === kind && (name === undefined || r.person?.name === name));
  if (!row) throw new Error(`no ${kind}`);
  return row;
};

describe('how a reminder reads', () => {
  it('names the person, their title and company, and the loop', () => {
    const row = find('rejection-follow-up', 'Dana Hill');
    expect(subject(row)).toBe('Dana Hill');
    expect(personDetail(row)).toBe('Chief Marketing Officer · Acme Corp');
    expect(loopLine(row)).toBe('Acme Corp — VP Marketing');
  });

  it('says why in one plain sentence, with the person’s role in the loop', () => {
    expect(reasonSentence(find('thank-you', 'Sam Ortiz'))).toBe(
      'You met Sam, one of your interviewers, about the Head of Growth role at Globex: a prompt thank-you note keeps the conversation warm.',
    );
    expect(reasonSentence(find('rejection-follow-up', 'Lee Park'))).toBe(
      'Acme Corp chose someone else for VP Marketing. Tell Lee you are still interested and would like to stay in touch.',
    );
  });

  it('reads naturally for a loop’s own tasks, titled by the loop', () => {
    const review = find('process-review');
    expect(subject(review)).toBe('Acme Corp — VP Marketing');
    expect(reasonSentence(review)).toMatch(
      /^Review the Acme Corp process for VP Marketing while it is fresh/,
    );
    const talk = find('offer-hiring-manager');
    expect(reasonSentence(talk)).toBe(
      'Ask the hiring manager at Globex for a frank conversation about shaping the Head of Growth role and the offer so they fit you both.',
    );
    expect(reasonSentence(talk)).not.toMatch(/\{|undefined|, ,/);
  });

  it('says when, relative to today', () => {
    expect(dueLabel('2026-03-11', today)).toBe('Today');
    expect(dueLabel('2026-03-10', today)).toBe('1 day overdue');
    expect(dueLabel('2026-02-09', today)).toBe('30 days overdue');
    expect(dueLabel('2026-03-12', today)).toBe('Tomorrow');
    expect(dueLabel('2026-03-20', today)).toBe('In 9 days');
  });

  it('says what an action did, naming whom', () => {
    const row = find('rejection-follow-up', 'Dana Hill');
    expect(actionDoneText(row, { type: 'sent', channel: 'linkedin' }, row.reminder)).toBe(
      'Logged: LinkedIn to Dana Hill. Reminder done.',
    );
    expect(actionDoneText(row, { type: 'dismiss' }, row.reminder)).toBe('Dismissed: Dana Hill.');
    expect(
      actionDoneText(row, { type: 'snooze', period: 'week' }, { ...row.reminder, showOn: '2026-03-18' }),
    ).toMatch(/^Snoozed until .*18.*: Dana Hill\.$/);
  });
});
