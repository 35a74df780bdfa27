import type { Touch } from '../domain/types';
import { database } from './database';
import { NotFoundError } from './errors';
import { newId, write } from './transaction';
import { parse, TouchInput } from './validate';

/** Logs a contact made; touches push the person's progress-update series forward. */
export async function logTouch(input: unknown): Promise<Touch> {
  const data = parse('Touch', TouchInput, input);
  return write(async (affected) => {
    const db = database();
    if (!(await db.people.get(data.personId))) throw new NotFoundError('That person is no longer saved.');
    const touch: Touch = {
      id: newId(),
      personId: data.personId,
      on: data.on,
      channel: data.channel,
      note: data.note,
      createdAt: Date.now(),
      ...(data.loopId ? { loopId: data.loopId } : {}),
    };
    await db.touches.add(touch);
    affected.personIds.add(data.personId);
    if (data.loopId) {
      await db.loops.update(data.loopId, { updatedAt: Date.now() });
      affected.loopIds.add(data.loopId);
    }
    return touch;
  });
}

/** A person's touches, oldest first (through the [personId+on] index). */
export async function listTouchesOfPerson(personId: string): Promise<Touch[]> {
  return database().touches.where('[personId+on]').between([personId, ''], [personId, '\uffff']).toArray();
}

/** A loop's touches, oldest first (through the [loopId+on] index of schema version 2). */
export async function listTouchesOfLoop(loopId: string): Promise<Touch[]> {
  return database().touches.where('[loopId+on]').between([loopId, ''], [loopId, '\uffff']).toArray();
}

export async function deleteTouch(id: string): Promise<void> {
  await write(async (affected) => {
    const db = database();
    const touch = await db.touches.get(id);
    if (!touch) return;
    await db.touches.delete(id);
    affected.personIds.add(touch.personId);
    if (touch.loopId) affected.loopIds.add(touch.loopId);
  });
}
