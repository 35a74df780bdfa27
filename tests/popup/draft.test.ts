import { beforeEach, describe, expect, it } from 'vitest';
import { saveTemplate } from '../../src/db/templates';
import { loadDraft } from '../../src/popup/composer/draft';
import { loadToday, type Row } from '../../src/popup/load';
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

describe('the draft in the composer', () => {
  it('renders the kind’s template for the person, the loop and the user’s signature', async () => {
    const draft = await loadDraft(find('rejection-follow-up', 'Dana Hill'));
    expect(draft.subject).toBe('Staying in touch after the VP Marketing search');
    expect(draft.body).toMatch(
      /^Hi Dana,\n\nThank you for letting me know about your decision on the VP Marketing role/,
    );
    expect(draft.body).toMatch(/impressed by Acme Corp/);
    expect(draft.body.endsWith('With best regards,\nAlex Morgan\n+1 555 0100')).toBe(true);
  });

  it('uses the user’s edited template', async () => {
    await saveTemplate({
      kind: 'thank-you',
      subject: 'Thanks, {firstName}',
      body: 'Dear {fullName} — {role} at {company}.',
    });
    const draft = await loadDraft(find('thank-you', 'Noor Haddad'));
    expect(draft).toEqual({ subject: 'Thanks, Noor', body: 'Dear Noor Haddad — Head of Growth at Globex.' });
  });

  it('fills a new-job announcement with the accepted loop as the new company and role', async () => {
    const row = find('rejection-follow-up', 'Dana Hill');
    await saveTemplate({
      kind: 'new-job-announcement',
      subject: 'News',
      body: '{firstName}: {newRole} at {newCompany}',
    });
    const announce: Row = { ...row, reminder: { ...row.reminder, kind: 'new-job-announcement' } };
    expect((await loadDraft(announce)).body).toBe('Dana: VP Marketing at Acme Corp');
  });

  it('has nothing to draft for a task', async () => {
    expect(await loadDraft(find('process-review'))).toEqual({ subject: '', body: '' });
  });
});
