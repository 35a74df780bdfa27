import { describe, expect, it } from 'vitest';
import { mergePatch, newPersonInput, withProfile } from '../../src/background/capture-person';
import type { Person } from '../../src/domain/types';

const saved: Person = {
  id: 'p1',
  name: 'Dana Hill',
  nameKey: 'dana hill',
  headline: 'VP Marketing',
  company: 'Acme Corp',
  emails: ['dana@acme.test'],
  profiles: { linkedin: 'https://www.linkedin.com/in/dana-hill', other: [] },
  profileKeys: ['linkedin.com/in/dana-hill'],
  nameWords: [],
  connected: false,
  notes: '',
  tags: [],
  createdAt: 1,
  updatedAt: 1,
};

describe('people from the capture panel', () => {
  it('puts each profile address in its slot, once', () => {
    expect(withProfile({ other: [] }, 'https://github.com/dana')).toEqual({
      github: 'https://github.com/dana',
      other: [],
    });
    expect(withProfile(saved.profiles, 'https://uk.linkedin.com/in/Dana-Hill/?trk=1')).toBe(saved.profiles);
    expect(withProfile(saved.profiles, 'https://www.linkedin.com/in/dana-h2')).toEqual({
      linkedin: 'https://www.linkedin.com/in/dana-hill',
      other: ['https://www.linkedin.com/in/dana-h2'],
    });
    expect(withProfile(saved.profiles, undefined)).toBe(saved.profiles);
  });

  it('makes a new person with where they were captured', () => {
    expect(newPersonInput({ name: 'Dana Hill', email: 'd@a.test' }, 'https://acme.test/team', 5)).toEqual({
      name: 'Dana Hill',
      emails: ['d@a.test'],
      profiles: { other: [] },
      captured: { url: 'https://acme.test/team', on: 5 },
    });
  });

  it('merges only what is new, keeping the saved name', () => {
    expect(mergePatch(saved, { name: 'Dana Hill', title: 'VP Marketing', company: 'Acme Corp' })).toBeNull();
    expect(mergePatch(saved, { name: 'Dana M. Hill', title: 'CMO', email: 'DANA@acme.test' })).toEqual({
      headline: 'CMO',
    });
    expect(
      mergePatch(saved, { name: 'x', email: 'dh@acme.test', profileUrl: 'https://github.com/dana' }),
    ).toEqual({
      emails: ['dana@acme.test', 'dh@acme.test'],
      profiles: { ...saved.profiles, github: 'https://github.com/dana' },
    });
  });
});
