/**
 * Taking back one capture: what a save created is deleted, what it changed is put back as it was, in
 * one transaction with the reconciliation of the reminders it touched. The save records what it did
 * (`CaptureRecord`, built by src/background/capture-save.ts); undo trusts nothing else.
 */
import { nameKey } from '../domain/names';
import type { CalendarDate, Company, Id, Loop, Person } from '../domain/types';
import { database } from './database';
import { dropReceipt } from './save-receipts';
import { write } from './transaction';

/** A record as the save found it, and the `updatedAt` the save left on it. */
export interface Changed<T> {
  before: T;
  savedAt: number;
}

/** Everything one capture created or changed. */
export interface CaptureRecord {
  /** The panel's id of the save: its receipt is removed with it (save-receipts.ts). */
  saveId?: Id;
  createdCompanyId?: Id;
  createdLoopId?: Id;
  createdPersonIds: Id[];
  participationIds: Id[];
  reminderIds: Id[];
  changedCompanies: Changed<Company>[];
  changedLoops: Changed<Loop>[];
  changedPeople: Changed<Person>[];
  /** Meeting dates added to people already in the loop (saved before the interview, captured after). */
  meetingsAdded: { participationId: Id; dates: CalendarDate[] }[];
}

/** The saved company of that name (ignoring case and spacing), if any: the save may reuse it. */
export async function findCompanyByName(name: string): Promise<Company | undefined> {
  return database().companies.where('nameKey').equals(nameKey(name)).first();
}

/** The ids of the reminders of a loop and of some people: the save's new reminders are the ones not here. */
export async function reminderIdsAround(loopId: Id, personIds: Id[]): Promise<Set<Id>> {
  const db = database();
  const [ofLoop, ofPeople] = await Promise.all([
    db.reminders.where('loopId').equals(loopId).primaryKeys(),
    personIds.length ? db.reminders.where('personId').anyOf(personIds).primaryKeys() : [],
  ]);
  return new Set<Id>([...ofLoop, ...ofPeople] as Id[]);
}

/**
 * Removes what the capture created — reminders, participations and meeting dates, then the people,
 * loop and company it added, each only if nothing else came to hang on it since — and puts back the records it changed,
 * unless they were edited since. Reminders of the loops and people that stay are replanned.
 */
export async function undoCapture(record: CaptureRecord): Promise<void> {
  await write(async (affected) => {
    const db = database();
    if (record.saveId) await dropReceipt(record.saveId);
    await db.reminders.bulkDelete(record.reminderIds);
    const parts = await db.participations.bulkGet(record.participationIds);
    for (const part of parts) {
      if (!part) continue;
      affected.loopIds.add(part.loopId);
      affected.personIds.add(part.personId);
    }
    await db.participations.bulkDelete(record.participationIds);
    for (const { participationId, dates } of record.meetingsAdded) {
      const part = await db.participations.get(participationId);
      if (!part) continue;
      await db.participations.put({ ...part, met: part.met.filter((day) => !dates.includes(day)) });
      affected.loopIds.add(part.loopId);
      affected.personIds.add(part.personId);
    }

    for (const id of record.createdPersonIds) {
      if ((await db.participations.where('personId').equals(id).count()) > 0) continue;
      await db.reminders.where('personId').equals(id).delete();
      await db.touches.where('[personId+on]').between([id, ''], [id, '\uffff']).delete();
      await db.people.delete(id);
      affected.personIds.delete(id);
    }
    const loopId = record.createdLoopId;
    if (loopId && (await db.participations.where('loopId').equals(loopId).count()) === 0) {
      await db.reminders.where('loopId').equals(loopId).delete();
      await db.loops.delete(loopId);
      affected.loopIds.delete(loopId);
    }
    const companyId = record.createdCompanyId;
    if (companyId && (await db.loops.where('companyId').equals(companyId).count()) === 0)
      await db.companies.delete(companyId);

    await restore(
      record.changedPeople,
      (id) => db.people.get(id),
      (p) => db.people.put(p),
    );
    await restore(
      record.changedLoops,
      (id) => db.loops.get(id),
      (loop) => db.loops.put(loop),
    );
    await restore(
      record.changedCompanies,
      (id) => db.companies.get(id),
      (c) => db.companies.put(c),
    );
    for (const { before } of record.changedPeople) affected.personIds.add(before.id);
    for (const { before } of record.changedLoops) affected.loopIds.add(before.id);
  });
}

/** Puts each record back as it was before the save, when it still is as the save left it. */
async function restore<T extends { id: Id; updatedAt: number }>(
  changed: Changed<T>[],
  get: (id: Id) => Promise<T | undefined>,
  put: (item: T) => Promise<unknown>,
): Promise<void> {
  for (const { before, savedAt } of changed) {
    const current = await get(before.id);
    if (current && current.updatedAt === savedAt) await put(before);
  }
}
