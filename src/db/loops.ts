import { localDate } from '../domain/today';
import type { Loop, LoopStatus, StatusChange } from '../domain/types';
import { database } from './database';
import { NotFoundError, ValidationError } from './errors';
import { newId, write } from './transaction';
import { LoopInput, LoopPatch, parse, StatusChangeInput } from './validate';

export async function createLoop(input: unknown): Promise<Loop> {
  const data = parse('Loop', LoopInput, input);
  return write(async (affected) => {
    const db = database();
    if (!(await db.companies.get(data.companyId)))
      throw new NotFoundError('That company is no longer saved.');
    const now = Date.now();
    const loop: Loop = {
      id: newId(),
      companyId: data.companyId,
      role: data.role,
      status: data.status,
      history: [{ status: data.status, on: data.on ?? localDate() }],
      notes: data.notes,
      review: { wentWell: '', toImprove: '' },
      createdAt: now,
      updatedAt: now,
      ...(data.source ? { source: data.source } : {}),
    };
    await db.loops.add(loop);
    affected.loopIds.add(loop.id);
    return loop;
  });
}

export async function getLoop(id: string): Promise<Loop> {
  const loop = await database().loops.get(id);
  if (!loop) throw new NotFoundError('That loop is no longer saved.');
  return loop;
}

export async function listLoopsByStatus(statuses: readonly LoopStatus[]): Promise<Loop[]> {
  const loops = await database()
    .loops.where('status')
    .anyOf([...statuses])
    .toArray();
  return loops.sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function updateLoop(id: string, input: unknown): Promise<Loop> {
  const patch = parse('Loop', LoopPatch, input);
  return write(async (affected) => {
    const loop = await getLoop(id);
    const updated: Loop = { ...loop, ...patch, updatedAt: Date.now() } as Loop;
    await database().loops.put(updated);
    affected.loopIds.add(id);
    return updated;
  });
}

/**
 * Records a status change ("They chose someone else" on a date). A change dated before the current
 * status is refused: the history stays in date order.
 */
export async function changeLoopStatus(id: string, input: unknown): Promise<Loop> {
  const change = parse('Status change', StatusChangeInput, input);
  if (change.deadline && change.status !== 'offer') {
    throw new ValidationError('Only an offer has a decision deadline.');
  }
  if (change.deadline && change.deadline < change.on) {
    throw new ValidationError('The decision deadline is before the offer date.');
  }
  return write(async (affected) => {
    const loop = await getLoop(id);
    const last = loop.history.at(-1);
    if (last && change.on < last.on) {
      throw new ValidationError(`The new status is dated before the current one (${last.on}).`);
    }
    const entry: StatusChange = { status: change.status, on: change.on };
    if (change.deadline) entry.deadline = change.deadline;
    const updated: Loop = {
      ...loop,
      status: change.status,
      history: [...loop.history, entry],
      updatedAt: Date.now(),
    };
    if (change.status === 'offer') {
      const offer = loop.offer ?? { notes: '', questions: [], toMeet: '', conversation: '' };
      updated.offer = { ...offer };
      if (change.deadline) updated.offer.deadline = change.deadline;
      else delete updated.offer.deadline;
    }
    await database().loops.put(updated);
    affected.loopIds.add(id);
    return updated;
  });
}

/** Replaces the dated history (edit a date, undo an outcome). It must stay non-empty and in date order. */
export async function replaceLoopHistory(id: string, history: unknown): Promise<Loop> {
  if (!Array.isArray(history) || history.length === 0) {
    throw new ValidationError('A loop needs at least one status.');
  }
  const entries = history.map((item) => parse('Status change', StatusChangeInput, item));
  for (let i = 1; i < entries.length; i++) {
    if ((entries[i]?.on ?? '') < (entries[i - 1]?.on ?? '')) {
      throw new ValidationError('The status history must be in date order.');
    }
  }
  return write(async (affected) => {
    const loop = await getLoop(id);
    const last = entries.at(-1) as StatusChange;
    const updated: Loop = { ...loop, history: entries, status: last.status, updatedAt: Date.now() };
    if (last.status === 'offer' && updated.offer) {
      updated.offer = { ...updated.offer };
      if (last.deadline) updated.offer.deadline = last.deadline;
      else delete updated.offer.deadline;
    }
    await database().loops.put(updated);
    affected.loopIds.add(id);
    return updated;
  });
}

/** Deletes a loop with its participations and its reminders; people and touches stay. */
export async function deleteLoop(id: string): Promise<void> {
  await write(async (affected) => {
    const db = database();
    const participations = await db.participations.where('loopId').equals(id).toArray();
    for (const p of participations) affected.personIds.add(p.personId);
    await db.participations.where('loopId').equals(id).delete();
    await db.reminders.where('loopId').equals(id).delete();
    await db.loops.delete(id);
  });
}
