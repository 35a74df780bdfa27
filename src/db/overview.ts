/**
 * Reads for the dashboard's lists: each loop with its company, how many people sit in it and what is
 * next; each person with the loops they sat in (for the directory's search by company and loop).
 * The dashboard is a management page opened on demand, so these read whole tables once rather than
 * one query per row; the popup's hot path never uses them.
 */
import type { Company, Id, Loop, Participation, Person, Reminder } from '../domain/types';
import { database } from './database';
import { listPendingReminders } from './reminders';

export interface LoopOverview {
  loop: Loop;
  company: Company | undefined;
  peopleCount: number;
  /** The earliest pending reminder of this loop, if any. */
  next: Reminder | undefined;
}

/** The latest date a pending reminder can have: "everything still to do". */
export const END_OF_TIME = '9999-12-31';

function byId<T extends { id: Id }>(items: readonly (T | undefined)[]): Map<Id, T> {
  return new Map(items.filter((item): item is T => !!item).map((item) => [item.id, item]));
}

/** Every loop, newest activity first, with its company, people count and next reminder. */
export async function listLoopOverviews(today: string): Promise<LoopOverview[]> {
  const db = database();
  const [loops, companies, participations, pending] = await Promise.all([
    db.loops.orderBy('updatedAt').reverse().toArray(),
    db.companies.toArray(),
    db.participations.toArray(),
    listPendingReminders(END_OF_TIME, today),
  ]);
  const companiesById = byId(companies);
  const counts = new Map<Id, number>();
  for (const p of participations) counts.set(p.loopId, (counts.get(p.loopId) ?? 0) + 1);
  const next = new Map<Id, Reminder>();
  // Pending reminders come earliest first, so the first one seen for a loop is its next.
  for (const r of pending) if (r.loopId && !next.has(r.loopId)) next.set(r.loopId, r);
  return loops.map((loop) => ({
    loop,
    company: companiesById.get(loop.companyId),
    peopleCount: counts.get(loop.id) ?? 0,
    next: next.get(loop.id),
  }));
}

export interface PersonLoop {
  participation: Participation;
  loop: Loop;
  company: Company | undefined;
}

export interface PersonOverview {
  person: Person;
  loops: PersonLoop[];
}

/** Every person, by name, with each loop they sat in (newest loop first). */
export async function listPeopleOverviews(): Promise<PersonOverview[]> {
  const db = database();
  const [people, participations, loops, companies] = await Promise.all([
    db.people.orderBy('nameKey').toArray(),
    db.participations.toArray(),
    db.loops.toArray(),
    db.companies.toArray(),
  ]);
  const loopsById = byId(loops);
  const companiesById = byId(companies);
  const ofPerson = new Map<Id, PersonLoop[]>();
  for (const participation of participations) {
    const loop = loopsById.get(participation.loopId);
    if (!loop) continue;
    const list = ofPerson.get(participation.personId) ?? [];
    list.push({ participation, loop, company: companiesById.get(loop.companyId) });
    ofPerson.set(participation.personId, list);
  }
  return people.map((person) => ({
    person,
    loops: (ofPerson.get(person.id) ?? []).sort((a, b) => b.loop.createdAt - a.loop.createdAt),
  }));
}

/** The loops a person sat in, with their companies (the person page). */
export async function listLoopsOfPerson(personId: Id): Promise<PersonLoop[]> {
  const db = database();
  const participations = await db.participations.where('personId').equals(personId).toArray();
  const loops = byId(await db.loops.bulkGet(participations.map((p) => p.loopId)));
  const companies = byId(await db.companies.bulkGet([...loops.values()].map((loop) => loop.companyId)));
  return participations
    .map((participation) => {
      const loop = loops.get(participation.loopId);
      return loop ? { participation, loop, company: companies.get(loop.companyId) } : undefined;
    })
    .filter((row): row is PersonLoop => !!row)
    .sort((a, b) => b.loop.createdAt - a.loop.createdAt);
}

/** Several people by id, in the order asked; ids no longer saved are left out. */
export async function getPeople(ids: readonly Id[]): Promise<Person[]> {
  const people = await database().people.bulkGet([...ids]);
  return people.filter((person): person is Person => !!person);
}

/** Several loops with their companies by id (the agenda's and the person page's labels). */
export async function getLoopsWithCompanies(
  ids: readonly Id[],
): Promise<Map<Id, { loop: Loop; company: Company | undefined }>> {
  const db = database();
  const loops = byId(await db.loops.bulkGet([...new Set(ids)]));
  const companies = byId(await db.companies.bulkGet([...loops.values()].map((loop) => loop.companyId)));
  return new Map(
    [...loops.values()].map((loop) => [loop.id, { loop, company: companies.get(loop.companyId) }]),
  );
}
