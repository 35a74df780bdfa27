/**
 * Deleting with undo. Each undoable delete takes a snapshot of every record it is about to remove (in
 * the same transaction as the delete), and `restoreSnapshot` puts exactly those records back and
 * reconciles, so a misclick loses nothing: reminders come back with their status (done, snoozed),
 * touches with their notes.
 */
import * as v from 'valibot';
import type { Company, Id, Loop, Participation, Person, Reminder, Touch } from '../domain/types';
import { database } from './database';
import { deleteLoop } from './loops';
import { removeParticipant } from './participations';
import { deletePerson } from './people';
import { deleteTouch } from './touches';
import { write } from './transaction';
import { parse } from './validate';

export interface Snapshot {
  companies: Company[];
  loops: Loop[];
  people: Person[];
  participations: Participation[];
  touches: Touch[];
  reminders: Reminder[];
}

const empty = (): Snapshot => ({
  companies: [],
  loops: [],
  people: [],
  participations: [],
  touches: [],
  reminders: [],
});

/** Deletes a loop (with its participations and reminders) and returns what undo needs. */
export async function deleteLoopUndoable(id: Id): Promise<Snapshot> {
  return write(async () => {
    const db = database();
    const snapshot = empty();
    const loop = await db.loops.get(id);
    if (!loop) return snapshot;
    snapshot.loops = [loop];
    snapshot.participations = await db.participations.where('loopId').equals(id).toArray();
    snapshot.reminders = await db.reminders.where('loopId').equals(id).toArray();
    await deleteLoop(id);
    return snapshot;
  });
}

/** Deletes a person (with their participations, touches and reminders) and returns what undo needs. */
export async function deletePersonUndoable(id: Id): Promise<Snapshot> {
  return write(async () => {
    const db = database();
    const snapshot = empty();
    const person = await db.people.get(id);
    if (!person) return snapshot;
    snapshot.people = [person];
    snapshot.participations = await db.participations.where('personId').equals(id).toArray();
    snapshot.touches = await db.touches.where('[personId+on]').between([id, ''], [id, '\uffff']).toArray();
    snapshot.reminders = await db.reminders.where('personId').equals(id).toArray();
    await deletePerson(id);
    return snapshot;
  });
}

/** Takes a person out of a loop and returns what undo needs (their reminders of that loop too). */
export async function removeParticipantUndoable(participationId: Id): Promise<Snapshot> {
  return write(async () => {
    const db = database();
    const snapshot = empty();
    const participation = await db.participations.get(participationId);
    if (!participation) return snapshot;
    snapshot.participations = [participation];
    snapshot.reminders = (
      await db.reminders.where('personId').equals(participation.personId).toArray()
    ).filter((r) => r.loopId === participation.loopId);
    await removeParticipant(participationId);
    return snapshot;
  });
}

export async function deleteTouchUndoable(id: Id): Promise<Snapshot> {
  return write(async () => {
    const snapshot = empty();
    const touch = await database().touches.get(id);
    if (!touch) return snapshot;
    snapshot.touches = [touch];
    await deleteTouch(id);
    return snapshot;
  });
}

const record = v.looseObject({ id: v.pipe(v.string(), v.minLength(1)) });
const records = v.optional(v.array(record), []);
const SnapshotInput = v.object({
  companies: records,
  loops: records,
  people: records,
  participations: records,
  touches: records,
  reminders: records,
});

/**
 * Puts a snapshot's records back. A record created since under the same unique key (a reminder the
 * reconciler planned again, the same person added to the loop again) gives way to the snapshot's.
 */
export async function restoreSnapshot(input: unknown): Promise<void> {
  const snapshot = parse('Undo', SnapshotInput, input) as unknown as Snapshot;
  await write(async (affected) => {
    const db = database();
    for (const p of snapshot.participations) {
      await db.participations.where('[loopId+personId]').equals([p.loopId, p.personId]).delete();
    }
    for (const r of snapshot.reminders) await db.reminders.where('key').equals(r.key).delete();
    await db.companies.bulkPut(snapshot.companies);
    await db.loops.bulkPut(snapshot.loops);
    await db.people.bulkPut(snapshot.people);
    await db.participations.bulkPut(snapshot.participations);
    await db.touches.bulkPut(snapshot.touches);
    await db.reminders.bulkPut(snapshot.reminders);
    for (const loop of snapshot.loops) affected.loopIds.add(loop.id);
    for (const person of snapshot.people) affected.personIds.add(person.id);
    for (const item of [...snapshot.participations, ...snapshot.touches, ...snapshot.reminders]) {
      if (item.loopId && (await db.loops.get(item.loopId))) affected.loopIds.add(item.loopId);
      if (item.personId && (await db.people.get(item.personId))) affected.personIds.add(item.personId);
    }
  });
}
