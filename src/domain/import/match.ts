/**
 * Who an imported entry already is among the saved people: by email, then by profile address, then by
 * the same name where the companies agree (the same company, or none known on one side — the rule of
 * domain/duplicates). Entries met earlier in the same file are remembered too, so a file that lists
 * someone twice adds them once.
 */
import { nameKey } from '../names';
import type { Person } from '../types';
import { profileKey } from '../urls';

export type MatchedBy = 'email' | 'profile' | 'name';

export interface Wanted {
  name: string;
  emails: readonly string[];
  urls: readonly string[];
  company?: string;
}

export interface Match<T> {
  person: T;
  by: MatchedBy;
}

type Known = Pick<Person, 'name' | 'emails' | 'profileKeys' | 'company'>;

export class PeopleIndex<T extends Known> {
  private byEmail = new Map<string, T>();
  private byProfile = new Map<string, T>();
  private byName = new Map<string, T[]>();

  constructor(people: readonly T[]) {
    for (const person of people) this.add(person);
  }

  add(person: T): void {
    for (const email of person.emails) this.byEmail.set(email.trim().toLowerCase(), person);
    for (const key of person.profileKeys) this.byProfile.set(key, person);
    const key = nameKey(person.name);
    if (key) this.byName.set(key, [...(this.byName.get(key) ?? []), person]);
  }

  find(wanted: Wanted): Match<T> | undefined {
    for (const email of wanted.emails) {
      const person = this.byEmail.get(email.trim().toLowerCase());
      if (person) return { person, by: 'email' };
    }
    for (const url of wanted.urls) {
      const person = this.byProfile.get(profileKey(url));
      if (person) return { person, by: 'profile' };
    }
    const company = nameKey(wanted.company ?? '');
    const person = (this.byName.get(nameKey(wanted.name)) ?? []).find((candidate) => {
      const theirs = nameKey(candidate.company ?? '');
      return !company || !theirs || company === theirs;
    });
    return person ? { person, by: 'name' } : undefined;
  }
}

/** "dana.hill@globex.com" → "Dana Hill": a name for a guest the invite names by address only. */
export function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? '';
  return local
    .split(/[._-]+/)
    .filter((part) => part && !/^\d+$/.test(part))
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}
