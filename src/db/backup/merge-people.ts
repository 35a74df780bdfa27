/**
 * Merging people: a person in the file is the same as a saved one when they share the id (the same
 * record, e.g. an earlier restore of this file), else a canonical profile URL, else the same name at
 * the same company. A match is merged field by field (nothing the user wrote is dropped); a new person
 * is added. People added during the merge are matched too, so a merge never creates a duplicate.
 */
import { nameKey } from '../../domain/names';
import type { Person } from '../../domain/types';
import { canonicalProfileKeys } from '../upgrades';

const MAX_NOTES = 20_000;

export type PersonMatch = 'id' | 'profile' | 'name' | 'new';

export class PeopleIndex {
  private byId = new Map<string, Person>();
  private byProfile = new Map<string, Person>();
  private byName = new Map<string, Person>();

  constructor(people: readonly Person[]) {
    for (const person of people) this.add(person);
  }

  private static nameCompany(person: Person): string {
    return `${person.nameKey}\u0000${nameKey(person.company ?? '')}`;
  }

  add(person: Person): void {
    this.byId.set(person.id, person);
    for (const key of canonicalProfileKeys(person.profiles)) this.byProfile.set(key, person);
    this.byName.set(PeopleIndex.nameCompany(person), person);
  }

  hasId(id: string): boolean {
    return this.byId.has(id);
  }

  find(person: Person): { match: PersonMatch; person?: Person } {
    const same = this.byId.get(person.id);
    if (same) return { match: 'id', person: same };
    for (const key of canonicalProfileKeys(person.profiles)) {
      const found = this.byProfile.get(key);
      if (found) return { match: 'profile', person: found };
    }
    const byName = this.byName.get(PeopleIndex.nameCompany(person));
    return byName ? { match: 'name', person: byName } : { match: 'new' };
  }
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

function mergeNotes(kept: string, incoming: string): string {
  if (!incoming.trim() || kept.includes(incoming)) return kept;
  if (!kept.trim()) return incoming;
  return `${kept}\n\n${incoming}`.slice(0, MAX_NOTES);
}

/** The saved person with what the file adds: missing fields filled, lists joined, flags kept if set. */
export function mergePerson(saved: Person, incoming: Person): Person {
  const merged: Person = {
    ...saved,
    emails: union(saved.emails, incoming.emails).slice(0, 20),
    tags: union(saved.tags, incoming.tags).slice(0, 50),
    connected: saved.connected || incoming.connected,
    notes: mergeNotes(saved.notes, incoming.notes),
    profiles: { ...saved.profiles, other: [...saved.profiles.other] },
  };
  for (const field of ['headline', 'company', 'location', 'phone', 'captured'] as const) {
    if (merged[field] === undefined && incoming[field] !== undefined) {
      (merged as unknown as Record<string, unknown>)[field] = incoming[field];
    }
  }
  const profiles = merged.profiles;
  if (!profiles.linkedin && incoming.profiles.linkedin) profiles.linkedin = incoming.profiles.linkedin;
  if (!profiles.github && incoming.profiles.github) profiles.github = incoming.profiles.github;
  const known = new Set(canonicalProfileKeys(profiles));
  for (const url of [incoming.profiles.linkedin, incoming.profiles.github, ...incoming.profiles.other]) {
    if (!url || profiles.other.length >= 20) continue;
    const key = canonicalProfileKeys({ other: [url] })[0] ?? url;
    if (!known.has(key)) {
      profiles.other.push(url);
      known.add(key);
    }
  }
  merged.profileKeys = canonicalProfileKeys(profiles);
  return merged;
}

/** True when merging changed anything worth writing. */
export function personChanged(before: Person, after: Person): boolean {
  return JSON.stringify(before) !== JSON.stringify(after);
}
