import { describe, expect, it } from 'vitest';
import { MESSAGE_KINDS } from '../../src/domain/playbook/kinds';
import { reasonFor } from '../../src/domain/reasons';
import { DEFAULT_TEMPLATES, defaultTemplate, renderTemplate, renderText } from '../../src/domain/templates';

const full = {
  firstName: 'Dana',
  fullName: 'Dana Hill',
  company: 'Acme Corp',
  role: 'VP Marketing',
  myName: 'Alex Morgan',
  signature: 'Alex Morgan\n+1 555 0100',
  newCompany: 'Umbrella',
  newRole: 'CMO',
};

describe('renderTemplate', () => {
  it('fills every placeholder', () => {
    const out = renderTemplate(
      { subject: 'About {role}', body: 'Hi {firstName},\n\n{company} — {signature}' },
      full,
    );
    expect(out).toEqual({
      subject: 'About VP Marketing',
      body: 'Hi Dana,\n\nAcme Corp — Alex Morgan\n+1 555 0100',
    });
  });

  it('greets without a name instead of "Hi ,"', () => {
    expect(renderText('Hi {firstName},\nThanks.', {})).toBe('Hello,\nThanks.');
    expect(renderText('Dear {firstName}, thanks.', { firstName: '  ' })).toBe('Hello, thanks.');
    expect(renderText('Hi {firstName}, I enjoyed it.', {})).toBe('Hello, I enjoyed it.');
  });

  it('never writes "undefined", double spaces, spaces before punctuation or runs of blank lines', () => {
    const out = renderText(
      'Thanks for the {role} chat at {company}.\n\n\n{newRole}\n\n\nBest,\n{signature}',
      {},
    );
    expect(out).toBe('Thanks for the chat at.\n\nBest,');
    expect(out).not.toMatch(/undefined| {2}|\n{3}/);
  });

  it('drops an optional part whose placeholder has no value, keeps it otherwise', () => {
    const text = 'I joined[[ {newCompany}]][[ as {newRole}]].';
    expect(renderText(text, { newCompany: 'Umbrella' })).toBe('I joined Umbrella.');
    expect(renderText(text, { newCompany: 'Umbrella', newRole: 'CMO' })).toBe('I joined Umbrella as CMO.');
    expect(renderText(text, {})).toBe('I joined.');
  });

  it('signs with the name when there is no signature', () => {
    expect(renderText('Best,\n{signature}', { myName: 'Alex Morgan' })).toBe('Best,\nAlex Morgan');
  });

  it('keeps the subject on one line', () => {
    expect(renderTemplate({ subject: 'A\n{company}', body: '' }, full).subject).toBe('A Acme Corp');
  });

  it.each(MESSAGE_KINDS)('renders the %s default cleanly with all values and with none', (kind) => {
    for (const values of [full, {}]) {
      const out = renderTemplate(DEFAULT_TEMPLATES[kind], values);
      for (const text of [out.subject, out.body]) {
        expect(text).not.toMatch(/undefined|\{\w+\}|\[\[|\]\]| {2}|\n{3}| [,.]|^Hi ,/);
        expect(text.trim()).toBe(text);
      }
      if (values === full) expect(out.body).toContain('Dana');
    }
  });

  it('has no default for a task', () => {
    expect(defaultTemplate('process-review')).toBeUndefined();
    expect(defaultTemplate('thank-you')).toBe(DEFAULT_TEMPLATES['thank-you']);
  });
});

describe('reasonFor', () => {
  it('names the person, the loop and the role in it', () => {
    const reason = reasonFor(
      { kind: 'five-month-check-in', personId: 'p1' },
      {
        person: { name: 'Dana Hill' },
        company: { name: 'Acme' },
        loop: { role: 'VP' },
        participantRole: 'hiring-manager',
      },
    );
    expect(reason).toEqual({
      key: 'reason_five_month_check_in',
      values: { firstName: 'Dana', fullName: 'Dana Hill', company: 'Acme', role: 'VP', roleInLoop: '' },
      roleInLoopKey: 'roleinloop_hiring_manager',
    });
  });

  it('uses the loop-level sentence when nobody is named', () => {
    expect(reasonFor({ kind: 'five-month-check-in', personId: null }, {}).key).toBe(
      'reason_five_month_check_in_loop',
    );
    expect(reasonFor({ kind: 'offer-hiring-manager', personId: null }, {}).key).toBe(
      'reason_offer_hiring_manager_loop',
    );
    expect(reasonFor({ kind: 'process-review', personId: null }, {}).key).toBe('reason_process_review');
  });
});
