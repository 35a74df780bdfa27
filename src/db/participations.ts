import * as v from 'valibot';
import type { CalendarDate, Participation } from '../domain/types';
import { database } from './database';
import { NotFoundError, ValidationError } from './errors';
import { newId, write } from './transaction';
import { calendarDate, ParticipationInput, ParticipationPatch, parse } from './validate';

function sortedUnique(dates: CalendarDate[]): CalendarDate[] {
  return [...new Set(dates)].sort();
}

/** Puts a person in a loop. A person sits in a loop once: adding them again is refused. */
export async function addParticipant(input: unknown): Promise<Participation> {
  const data = parse('Participant', ParticipationInput, input);
  return write(async (affected) => {
    const db = database();
    const [loop, person] = await Promise.all([db.loops.get(data.loopId), db.people.get(data.personId)]);
    if (!loop) throw new NotFoundError('That loop is no longer saved.');
    if (!person) throw new NotFoundError('That person is no longer saved.');
    const existing = await db.participations
      .where('[loopId+personId]')
      .equals([data.loopId, data.personId])
      .first();
    if (existing) throw new ValidationError(`${person.name} is already in this loop.`);
    const participation: Participation = {
      id: newId(),
      loopId: data.loopId,
      personId: data.personId,
      role: data.role,
      hitItOff: data.hitItOff,
      met: sortedUnique(data.met),
      notes: data.notes,
      createdAt: Date.now(),
    };
    await db.participations.add(participation);
    await db.loops.update(data.loopId, { updatedAt: Date.now() });
    affected.loopIds.add(data.loopId);
    affected.personIds.add(data.personId);
    return participation;
  });
}

export async function updateParticipation(id: string, input: unknown): Promise<Participation> {
  const patch = parse('Participant', ParticipationPatch, input);
  return write(async (affected) => {
    const db = database();
    const current = await db.participations.get(id);
    if (!current) throw new NotFoundError('That person is no longer in this loop.');
    const updated: Participation = { ...current, ...patch };
    if (patch.met) updated.met = sortedUnique(patch.met);
    await db.participations.put(updated);
    await db.loops.update(current.loopId, { updatedAt: Date.now() });
    affected.loopIds.add(current.loopId);
    affected.personIds.add(current.personId);
    return updated;
  });
}

/** "We met": adds a meeting date for several people of one loop at once. */
export async function recordMeeting(loopId: string, personIds: string[], on: CalendarDate): Promise<void> {
  const date = parse('Meeting date', calendarDate, on);
  const ids = parse('People', v.pipe(v.array(v.string()), v.minLength(1, 'are missing')), personIds);
  await write(async (affected) => {
    const db = database();
    const participations = await db.participations.where('loopId').equals(loopId).toArray();
    const chosen = participations.filter((p) => ids.includes(p.personId));
    if (chosen.length !== ids.length) throw new NotFoundError('Someone chosen is no longer in this loop.');
    for (const p of chosen) {
      await db.participations.update(p.id, { met: sortedUnique([...p.met, date]) });
      affected.personIds.add(p.personId);
    }
    await db.loops.update(loopId, { updatedAt: Date.now() });
    affected.loopIds.add(loopId);
  });
}

export async function removeParticipant(id: string): Promise<void> {
  await write(async (affected) => {
    const db = database();
    const current = await db.participations.get(id);
    if (!current) return;
    await db.participations.delete(id);
    await db.loops.update(current.loopId, { updatedAt: Date.now() });
    affected.loopIds.add(current.loopId);
    affected.personIds.add(current.personId);
  });
}

export async function listParticipationsOfLoop(loopId: string): Promise<Participation[]> {
  const list = await database().participations.where('loopId').equals(loopId).toArray();
  return list.sort((a, b) => a.createdAt - b.createdAt);
}

export async function listParticipationsOfPerson(personId: string): Promise<Participation[]> {
  return database().participations.where('personId').equals(personId).toArray();
}
