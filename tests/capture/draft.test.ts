import { describe, expect, it } from 'vitest';
import {
  confirmation,
  defaultLoop,
  foundLine,
  fromDraft,
  guessRole,
  isCompanyPage,
  isListPage,
  loopsAt,
  mainPerson,
  startedLines,
  toDraft,
} from '../../src/capture/draft';
import type { CaptureExtraction } from '../../src/messages';

const dana = { name: 'Dana Hill', title: 'VP Marketing', company: 'Acme Corp' };
const page = (over: Partial<CaptureExtraction> = {}): CaptureExtraction => ({
  pageUrl: 'https://example.com/',
  via: 'page',
  subject: null,
  people: [],
  company: null,
  ...over,
});
const loops = [
  { id: 'l1', company: 'Globex', role: 'CTO' },
  { id: 'l2', company: 'Acme Corp', role: 'VP Marketing' },
];

describe('the capture panel model', () => {
  it('turns a recognised person into editable fields and back, leaving out what is empty', () => {
    const draft = toDraft({ name: 'Dana Hill', profileUrl: 'https://www.linkedin.com/in/dana' }, 'Acme Corp');
    expect(draft).toEqual({
      name: 'Dana Hill',
      title: '',
      company: 'Acme Corp',
      location: '',
      profileUrl: 'https://www.linkedin.com/in/dana',
      email: '',
    });
    expect(fromDraft({ ...draft, name: '  Dana Hill ', title: ' CMO ' })).toEqual({
      name: 'Dana Hill',
      title: 'CMO',
      company: 'Acme Corp',
      profileUrl: 'https://www.linkedin.com/in/dana',
    });
    expect(toDraft(null).name).toBe('');
  });

  it('offers a list only for a page of several people about none of them, asked for the whole page', () => {
    const people = [dana, { name: 'Lee Park' }];
    expect(isListPage(page({ people }))).toBe(true);
    expect(isListPage(page({ people, via: 'button' }))).toBe(true);
    expect(isListPage(page({ people, subject: dana }))).toBe(false);
    expect(isListPage(page({ people, via: 'link' }))).toBe(false);
    expect(isListPage(page({ people: [dana] }))).toBe(false);
  });

  it('starts from what a link or selection pointed at, never falling back to the page subject', () => {
    expect(mainPerson(page({ subject: dana }))).toEqual(dana);
    expect(mainPerson(page({ people: [dana] }))).toEqual(dana);
    expect(mainPerson(page({ people: [dana, { name: 'Lee Park' }] }))).toBeNull();
    expect(mainPerson(page({ via: 'link', subject: null, people: [dana] }))).toBeNull();
    expect(mainPerson(page({ via: 'selection', subject: { name: 'Riley Quinn' } }))?.name).toBe(
      'Riley Quinn',
    );
  });

  it('guesses recruiters and HR from their titles, everyone else is an interviewer', () => {
    expect(guessRole('Senior Technical Recruiter')).toBe('recruiter');
    expect(guessRole('Talent Acquisition Partner')).toBe('recruiter');
    expect(guessRole('HR Business Partner')).toBe('hr');
    expect(guessRole('People Partner, EMEA')).toBe('hr');
    expect(guessRole('VP Marketing')).toBe('interviewer');
    expect(guessRole('Chrome engineer')).toBe('interviewer');
  });

  it('picks the loop at the page company, else a new loop there, else the most recent loop', () => {
    expect(defaultLoop(loops, ' acme  CORP ')).toEqual({ kind: 'existing', loopId: 'l2' });
    expect(defaultLoop(loops, 'Initech')).toEqual({ kind: 'new', company: 'Initech', role: '' });
    expect(defaultLoop(loops, '')).toEqual({ kind: 'existing', loopId: 'l1' });
    expect(defaultLoop([], '')).toEqual({ kind: 'new', company: '', role: '' });
  });

  const today = '2026-03-10';
  const base = {
    company: 'Acme Corp',
    loopRole: 'VP Marketing',
    meetingAdded: [],
    alreadyInLoop: [],
    met: [today],
  };
  const danaThanks = { reminderId: 'r1', name: 'Dana Hill', due: today };

  it('confirms in words, naming who was in the loop already', () => {
    expect(confirmation({ ...base, saved: ['Dana Hill'], thankYous: [danaThanks] }, today)).toEqual([
      'Saved Dana Hill to Acme Corp — VP Marketing',
      'Dana Hill’s thank-you is on today’s list.',
    ]);
    expect(
      confirmation(
        { ...base, saved: ['Lee Park', 'Morgan Diaz'], alreadyInLoop: ['Dana Hill'], thankYous: [] },
        today,
      ).slice(0, 2),
    ).toEqual([
      'Saved 2 people to Acme Corp — VP Marketing',
      'Already in the Acme Corp loop, so left as they were: Dana Hill',
    ]);
  });

  it('says what the meeting answer planned: a thank-you due later, none before meeting, none too late', () => {
    const later = { ...danaThanks, due: '2026-03-11' };
    expect(confirmation({ ...base, saved: ['Dana Hill'], thankYous: [later] }, today)[1]).toMatch(
      /^Dana Hill’s thank-you is due .*11/,
    );
    expect(confirmation({ ...base, met: [], saved: ['Dana Hill'], thankYous: [] }, today)).toEqual([
      'Saved Dana Hill to Acme Corp — VP Marketing',
      'You have not met yet, so no thank-you is planned. After the interview, record it with We met.',
    ]);
    expect(confirmation({ ...base, saved: ['Dana Hill'], thankYous: [] }, today)[1]).toBe(
      'You met too long ago for a thank-you, so none is planned.',
    );
    // Someone saved before the interview, captured again after it: their meeting was added.
    expect(
      confirmation({ ...base, saved: [], meetingAdded: ['Dana Hill'], thankYous: [danaThanks] }, today),
    ).toEqual([
      'Already in the Acme Corp loop, so the meeting was added: Dana Hill',
      'Dana Hill’s thank-you is on today’s list.',
    ]);
    // Nobody new saved (everyone was in the loop): nothing is said about thank-yous.
    expect(
      confirmation({ ...base, met: [], saved: [], alreadyInLoop: ['Dana Hill'], thankYous: [] }, today),
    ).toHaveLength(1);
  });
});

describe('a company page with nobody on it', () => {
  const northwind = { name: 'Northwind Labs', domain: 'northwind.example' };
  it('is a company page only with a company, no person and no list', () => {
    expect(isCompanyPage(page({ company: northwind }))).toBe(true);
    expect(isCompanyPage(page({ company: northwind, subject: dana }))).toBe(false);
    expect(isCompanyPage(page({ company: northwind, people: [dana] }))).toBe(false);
    expect(isCompanyPage(page({ company: northwind, people: [dana, { name: 'Lee Park' }] }))).toBe(false);
    expect(isCompanyPage(page())).toBe(false);
    // A link or a selection points at a person, even one whose name is still to type.
    expect(isCompanyPage(page({ company: northwind, via: 'link', subject: { name: '' } }))).toBe(false);
  });

  it('finds the open loops at the company by name, ignoring case and spacing', () => {
    expect(loopsAt(loops, '  acme   corp ')).toEqual([loops[1]]);
    expect(loopsAt(loops, 'Initech')).toEqual([]);
    expect(loopsAt(loops, '')).toEqual([]);
  });

  it('words what the page showed, and the loop it started or found', () => {
    expect(foundLine(page({ company: northwind }))).toBe('This page is about Northwind Labs.');
    expect(foundLine(page({ subject: dana }))).toBe(
      'Found on this page: Dana Hill. Check the details, then choose the loop.',
    );
    expect(foundLine(page({ people: [dana, { name: 'Lee Park' }] }))).toBe(
      'This page lists 2 people. Tick the ones you met.',
    );
    expect(foundLine(page())).toBe('Loopkeeper found no one on this page. Type the person’s details below.');
    const started = { loopId: 'l9', company: 'Northwind Labs', loopRole: 'CTO', existing: false };
    expect(startedLines(started)[0]).toBe('Started a loop at Northwind Labs — CTO.');
    expect(startedLines({ ...started, existing: true })).toEqual([
      'Northwind Labs — CTO is already one of your loops: nothing was added.',
    ]);
  });
});
