import { collapseWhitespace, matchesQuery, nameKey, queryWords, searchKeys } from '../domain/names';
import type { Person } from '../domain/types';
import { profileKey } from '../domain/urls';
import { database } from './database';
import { NotFoundError } from './errors';
import { newId, write } from './transaction';
import { PersonInput, PersonPatch, parse } from './validate';

type PersonData = ReturnType<typeof parsePerson>;

function parsePerson(input: unknown) {
  return parse('Person', PersonInput, input);
}

function profileKeysOf(profiles: Person['profiles']): string[] {
  const urls = [profiles.linkedin, profiles.github, ...profiles.other].filter((url): url is string => !!url);
  return [...new Set(urls.map(profileKey).filter((key) => key !== ''))];
}

function toPerson(data: PersonData, base: Pick<Person, 'id' | 'createdAt'>): Person {
  const profiles: Person['profiles'] = { other: data.profiles.other ?? [] };
  if (data.profiles.linkedin) profiles.linkedin = data.profiles.linkedin;
  if (data.profiles.github) profiles.github = data.profiles.github;
  const person: Person = {
    ...base,
    name: collapseWhitespace(data.name),
    nameKey: nameKey(data.name),
    emails: [...new Set(data.emails)],
    profiles,
    profileKeys: profileKeysOf(profiles),
    nameWords: searchKeys(data.name),
    connected: data.connected,
    notes: data.notes,
    tags: [...new Set(data.tags)],
    updatedAt: Date.now(),
  };
  if (data.headline) person.headline = data.headline;
  if (data.company) person.company = data.company;
  if (data.location) person.location = data.location;
  if (data.phone) person.phone = data.phone;
  if (data.captured) person.captured = data.captured;
  return person;
}

/**
 * A new person's record, validated and normalised as createPerson writes it, for callers that add
 * many at once with bulkAdd inside their own write() (the import of thousands of connections).
 */
export function newPersonRecord(input: unknown): Person {
  return toPerson(parsePerson(input), { id: newId(), createdAt: Date.now() });
}

export async function createPerson(input: unknown): Promise<Person> {
  const data = parsePerson(input);
  return write(async () => {
    const person = toPerson(data, { id: newId(), createdAt: Date.now() });
    await database().people.add(person);
    return person;
  });
}

export async function getPerson(id: string): Promise<Person> {
  const person = await database().people.get(id);
  if (!person) throw new NotFoundError('That person is no longer saved.');
  return person;
}

/** Applies the given fields (others unchanged) and replans the person's reminders. */
export async function updatePerson(id: string, input: unknown): Promise<Person> {
  const patch = parse('Person', PersonPatch, input);
  return write(async (affected) => {
    const current = await getPerson(id);
    const merged = parsePerson({ ...stripDerived(current), ...patch });
    const person = toPerson(merged, { id, createdAt: current.createdAt });
    await database().people.put(person);
    affected.personIds.add(id);
    return person;
  });
}

/**
 * Adds an email address to a person (kept once, whatever its case). The person is read inside the
 * transaction, so an address or edit saved meanwhile in another window is kept, not overwritten.
 */
export async function addPersonEmail(id: string, email: string): Promise<Person> {
  return write(async () => {
    const current = await getPerson(id);
    const known = current.emails.some((saved) => saved.toLowerCase() === email.trim().toLowerCase());
    return known ? current : updatePerson(id, { emails: [...current.emails, email.trim()] });
  });
}

function stripDerived(person: Person): Record<string, unknown> {
  const {
    id: _id,
    nameKey: _n,
    profileKeys: _k,
    nameWords: _w,
    createdAt: _c,
    updatedAt: _u,
    ...rest
  } = person;
  return rest;
}

/** People already saved under this profile address (any form of it: locale, query, trailing slash). */
export async function findPeopleByProfileUrl(url: string): Promise<Person[]> {
  const key = profileKey(url);
  if (!key) return [];
  return database().people.where('profileKeys').equals(key).toArray();
}

/**
 * People with a word of the name starting with each word typed (case, accents and romanised spellings
 * ignored: "david" finds "Wei (David) Zhang", "mueller" finds "Müller"), for search boxes. The longest
 * word typed walks the `*nameWords` index; the others are checked on what it found. In name order.
 */
export async function searchPeopleByName(query: string, limit = 20): Promise<Person[]> {
  const wanted = queryWords(query);
  const longest = wanted.reduce<string[] | undefined>(
    (best, spellings) => (!best || (spellings[0]?.length ?? 0) > (best[0]?.length ?? 0) ? spellings : best),
    undefined,
  );
  if (!longest) return [];
  const found = await database()
    .people.where('nameWords')
    .startsWithAnyOf(longest)
    .distinct()
    .filter((person) => matchesQuery(wanted, person.nameWords))
    .limit(limit)
    .toArray();
  return found.sort((a, b) => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0));
}

/** The same name at the same company: the other sign, after the profile URL, that a person is known. */
export async function findPeopleByNameAndCompany(name: string, company: string): Promise<Person[]> {
  const people = await database().people.where('nameKey').equals(nameKey(name)).toArray();
  const companyKey = nameKey(company);
  return people.filter((person) => !companyKey || nameKey(person.company ?? '') === companyKey);
}

export async function listPeople(): Promise<Person[]> {
  return database().people.orderBy('nameKey').toArray();
}

/** Deletes a person with their participations, touches and reminders. */
export async function deletePerson(id: string): Promise<void> {
  await write(async (affected) => {
    const db = database();
    for (const p of await db.participations.where('personId').equals(id).toArray()) {
      affected.loopIds.add(p.loopId);
    }
    await db.participations.where('personId').equals(id).delete();
    await db.touches.where('[personId+on]').between([id, ''], [id, '\uffff']).delete();
    await db.reminders.where('personId').equals(id).delete();
    await db.people.delete(id);
  });
}
