import { describe, expect, it } from 'vitest';
import { countdown, formatDate, relativeDay, STATUS_ORDER } from '../../src/dashboard/format';
import { href, parseHash } from '../../src/dashboard/router';
import { ROUTES } from '../../src/dashboard/routes';
import { matchesName } from '../../src/dashboard/views/loop/AddPersonDialog';
import { duplicateGroups, matchesSearch } from '../../src/dashboard/views/people/PeopleView';
import { personForm, personInput } from '../../src/dashboard/views/person/PersonFields';
import { nameKey, searchKeys } from '../../src/domain/names';
import { LOOP_STATUSES, type Loop, type Person } from '../../src/domain/types';
import { draftValues } from '../../src/ui/draft';

const person = (name: string, extra: Partial<Person> = {}): Person => ({
  id: name,
  name,
  nameKey: nameKey(name),
  emails: [],
  profiles: { other: [] },
  profileKeys: [],
  nameWords: searchKeys(name),
  connected: false,
  notes: '',
  tags: [],
  createdAt: 0,
  updatedAt: 0,
  ...extra,
});

const loop = (role: string): Loop => ({
  id: role,
  companyId: 'c',
  role,
  status: 'rejected',
  history: [],
  notes: '',
  review: { wentWell: '', toImprove: '' },
  createdAt: 0,
  updatedAt: 0,
});

describe('routes', () => {
  it('parses and builds hash routes, defaulting to the loops', () => {
    expect(parseHash('')).toEqual({ section: 'loops' });
    expect(parseHash('#/people/abc')).toEqual({ section: 'people', id: 'abc' });
    expect(parseHash('#/loops/a%20b/review')).toEqual({ section: 'loops', id: 'a b', rest: 'review' });
    expect(href('loops', 'a b')).toBe('#/loops/a%20b');
    expect(parseHash(href('people', 'x/y')).id).toBe('x/y');
  });

  it('registers each section once, with the loop and person pages as details', () => {
    const sections = ROUTES.map((r) => r.section);
    expect(new Set(sections).size).toBe(sections.length);
    expect(sections.slice(0, 7)).toEqual([
      'loops',
      'board',
      'insights',
      'people',
      'agenda',
      'templates',
      'settings',
    ]);
    expect(ROUTES.find((r) => r.section === 'loops')?.detail).toBeTypeOf('function');
    expect(ROUTES.find((r) => r.section === 'people')?.detail).toBeTypeOf('function');
  });
});

describe('dates in words', () => {
  it('counts down to a deadline', () => {
    expect(countdown('2026-03-15', '2026-03-10')).toBe('5 days left');
    expect(countdown('2026-03-11', '2026-03-10')).toBe('1 day left');
    expect(countdown('2026-03-10', '2026-03-10')).toBe('Decide today');
    expect(countdown('2026-03-08', '2026-03-10')).toBe('2 days past the deadline');
    expect(countdown('2026-03-02', '2026-02-28')).toBe('2 days left');
  });

  it('names today, tomorrow and overdue days', () => {
    expect(relativeDay('2026-03-10', '2026-03-10')).toBe('Today');
    expect(relativeDay('2026-03-11', '2026-03-10')).toBe('Tomorrow');
    expect(relativeDay('2026-03-09', '2026-03-10')).toMatch(/^overdue since .*2026/);
    expect(formatDate('2026-03-09')).toMatch(/9/);
  });

  it('groups every status', () => {
    expect([...STATUS_ORDER].sort()).toEqual([...LOOP_STATUSES].sort());
  });
});

describe('finding people', () => {
  it('matches any word of a name from two letters, ignoring case and accents', () => {
    expect(matchesName(person('Dana Hill'), 'hi')).toBe(true);
    expect(matchesName(person('Dana Hill'), 'DANA h')).toBe(true);
    expect(matchesName(person('José Núñez'), 'nunez')).toBe(true);
    expect(matchesName(person('Dana Hill'), 'd')).toBe(false);
    expect(matchesName(person('Dana Hill'), 'ill')).toBe(false);
  });

  it.each([
    ['david', 'Wei (David) Zhang'],
    ['zhang', 'Wei (David) Zhang'],
    ['muller', 'Jürgen Müller'],
    ['mueller', 'Jürgen Müller'],
    ['jurgen', 'Jürgen Müller'],
    ['francois', 'François Dupont'],
    ['bjorn', 'Björn Ek'],
    ['sao', 'João São'],
  ])('Add person: "%s" offers "%s"', (typed, name) => {
    expect(matchesName(person(name), typed)).toBe(true);
  });

  it('searches the directory by name, company and loop', () => {
    const row = {
      person: person('Ada Wong', { company: 'Umbrella' }),
      loops: [
        {
          participation: {
            id: 'p',
            loopId: 'l',
            personId: 'Ada Wong',
            role: 'hr' as const,
            hitItOff: false,
            met: [],
            notes: '',
            createdAt: 0,
          },
          loop: loop('Head of Growth'),
          company: {
            id: 'c',
            name: 'Raccoon Labs',
            nameKey: 'raccoon labs',
            notes: '',
            createdAt: 0,
            updatedAt: 0,
          },
        },
      ],
    };
    expect(matchesSearch(row, '')).toBe(true);
    expect(matchesSearch(row, 'wong')).toBe(true);
    expect(matchesSearch(row, 'umbrella')).toBe(true);
    expect(matchesSearch(row, 'raccoon growth')).toBe(true);
    expect(matchesSearch(row, 'raccoon sales')).toBe(false);
  });

  it('offers records sharing a name as duplicates', () => {
    const rows = ['Dana Hill', 'dana  hill', 'Lee Park'].map((name) => ({ person: person(name), loops: [] }));
    expect(duplicateGroups(rows).map((g) => g.length)).toEqual([2]);
  });

  it('does not offer the same name at two companies, nor miss it at one', () => {
    const at = (company: string) => ({ person: person('Dana Hill', { company }), loops: [] });
    expect(duplicateGroups([at('Acme'), at('Globex')])).toEqual([]);
    expect(duplicateGroups([at('Acme'), at('acme')]).map((g) => g.length)).toEqual([2]);
  });

  it('finds a person by a word in brackets and by a romanised spelling', () => {
    const row = { person: person('Wei (David) Zhang', { company: 'Müller AG' }), loops: [] };
    for (const query of ['david', 'zhang', 'muller', 'mueller', 'wei mue'])
      expect(matchesSearch(row, query)).toBe(true);
    expect(matchesSearch(row, 'davidson')).toBe(false);
  });
});

describe('person form', () => {
  it('round-trips a person through the form, splitting lists', () => {
    const saved = person('Ada Wong', {
      emails: ['a@x.example', 'b@x.example'],
      profiles: { linkedin: 'https://www.linkedin.com/in/ada', other: ['https://ada.example'] },
      tags: ['exec', 'mentor'],
    });
    const form = personForm(saved);
    expect(form.emails).toBe('a@x.example, b@x.example');
    expect(personInput({ ...form, other: 'https://ada.example\n\nhttps://blog.example' })).toMatchObject({
      name: 'Ada Wong',
      emails: ['a@x.example', 'b@x.example'],
      profiles: {
        linkedin: 'https://www.linkedin.com/in/ada',
        other: ['https://ada.example', 'https://blog.example'],
      },
      tags: ['exec', 'mentor'],
    });
    expect(personInput({ ...form, linkedin: ' ' }).profiles).toEqual({ other: ['https://ada.example'] });
  });
});

describe('drafts', () => {
  it('fills placeholders for a person in a loop, and for an announcement the new job', () => {
    const settings = { myName: 'Jordan', signature: '' };
    const company = { id: 'c', name: 'Acme', nameKey: 'acme', notes: '', createdAt: 0, updatedAt: 0 };
    const context = {
      kind: 'thank-you' as const,
      person: person('Dana Hill', { company: 'Globex' }),
      loop: loop('CMO'),
      company,
    };
    expect(draftValues(context, settings)).toMatchObject({
      firstName: 'Dana',
      company: 'Acme',
      role: 'CMO',
      myName: 'Jordan',
    });
    expect(draftValues({ ...context, kind: 'new-job-announcement' }, settings)).toMatchObject({
      company: 'Globex',
      newCompany: 'Acme',
      newRole: 'CMO',
    });
  });
});
