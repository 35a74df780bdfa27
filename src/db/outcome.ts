/**
 * Recording an outcome so that it can be previewed first and undone exactly after.
 *
 * `readOutcomeContext` reads, through indexes only, what the playbook needs to preview an outcome (see
 * src/dashboard/views/loop/outcome-preview.ts). `recordOutcome` takes a snapshot of the loop and of every
 * reminder the change can touch — the loop's own, and its participants' progress-update series — in
 * the same transaction as the change; `undoOutcome` puts exactly those records back, so reminders
 * return with their ids, status and snoozes, not planned afresh.
 */
import type { PlanLoop, PlanParticipation } from '../domain/playbook/plan';
import type { CalendarDate, Id, Loop, Person, Reminder } from '../domain/types';
import { database } from './database';
import { changeLoopStatus, getLoop } from './loops';
import { readPlanSettings } from './reconcile';
import { write } from './transaction';

export interface OutcomeContext {
  loop: Loop;
  participations: readonly PlanParticipation[];
  people: ReadonlyMap<Id, Person>;
  settings: Awaited<ReturnType<typeof readPlanSettings>>;
  /** The stored reminders the change can touch: the loop's own and its participants' progress series. */
  stored: readonly Reminder[];
  /** Each participant's loops (this one included), for their progress-update series. */
  loopsOfPerson: ReadonlyMap<Id, readonly PlanLoop[]>;
  /** Each participant's last touch. */
  lastTouch: ReadonlyMap<Id, CalendarDate>;
  /** Who sits in the other loops: told when a job is accepted (read only for that outcome's preview). */
  otherParticipations: readonly { loopId: Id; personId: Id }[];
}

/** The loop's participants and the reminders an outcome can touch: its own, and their progress series. */
async function scope(loopId: Id): Promise<{ participations: PlanParticipation[]; reminders: Reminder[] }> {
  const db = database();
  const participations = await db.participations.where('loopId').equals(loopId).toArray();
  const personIds = [...new Set(participations.map((p) => p.personId))];
  const [own, ofPeople] = await Promise.all([
    db.reminders.where('loopId').equals(loopId).toArray(),
    db.reminders.where('personId').anyOf(personIds).toArray(),
  ]);
  const series = ofPeople.filter((r) => r.kind === 'progress-update' && r.loopId !== loopId);
  return { participations, reminders: [...own, ...series] };
}

export async function readOutcomeContext(loopId: Id, forAcceptance = false): Promise<OutcomeContext> {
  const db = database();
  const loop = await getLoop(loopId);
  const { participations, reminders } = await scope(loopId);
  const personIds = [...new Set(participations.map((p) => p.personId))];
  const [people, theirs, settings, others] = await Promise.all([
    db.people.bulkGet(personIds),
    db.participations.where('personId').anyOf(personIds).toArray(),
    readPlanSettings(db),
    forAcceptance ? db.participations.where('loopId').noneOf([loopId]).toArray() : Promise.resolve([]),
  ]);
  // Accepting a job announces it to the people of the other loops: the preview names them too.
  const told = new Set(others.map((p) => p.personId));
  for (const id of personIds) told.delete(id);
  people.push(...(await db.people.bulkGet([...told])));
  const loops = new Map<Id, Loop>();
  for (const l of await db.loops.bulkGet([...new Set(theirs.map((p) => p.loopId))]))
    if (l) loops.set(l.id, l);
  const loopsOfPerson = new Map<Id, PlanLoop[]>();
  for (const p of theirs) {
    const l = loops.get(p.loopId);
    if (l) loopsOfPerson.set(p.personId, [...(loopsOfPerson.get(p.personId) ?? []), l]);
  }
  const lastTouch = new Map<Id, CalendarDate>();
  for (const personId of personIds) {
    const last = await db.touches.where('[personId+on]').between([personId, ''], [personId, '\uffff']).last();
    if (last) lastTouch.set(personId, last.on);
  }
  return {
    loop,
    participations,
    people: new Map(people.filter((p): p is Person => !!p).map((p) => [p.id, p])),
    settings,
    stored: reminders,
    loopsOfPerson,
    lastTouch,
    otherParticipations: others,
  };
}

/** What `undoOutcome` needs: the loop and every reminder in the change's scope, as they were. */
export interface OutcomeUndo {
  loop: Loop;
  reminders: Reminder[];
}

/** Records a status change (as changeLoopStatus) and returns what puts everything back. */
export async function recordOutcome(loopId: Id, change: unknown): Promise<OutcomeUndo> {
  return write(async () => {
    const loop = await getLoop(loopId);
    const { reminders } = await scope(loopId);
    await changeLoopStatus(loopId, change);
    return { loop, reminders };
  });
}

/**
 * Puts the loop and the reminders of the change's scope back exactly as they were: what the outcome
 * planned is removed, what it removed or made obsolete returns with its id and status.
 */
export async function undoOutcome(undo: OutcomeUndo): Promise<void> {
  await write(async (affected) => {
    const db = database();
    const { reminders } = await scope(undo.loop.id);
    await db.reminders.bulkDelete(reminders.map((r) => r.id));
    // A reminder planned again since under the same key gives way to the one it replaced.
    for (const r of undo.reminders) await db.reminders.where('key').equals(r.key).delete();
    await db.loops.put(undo.loop);
    await db.reminders.bulkPut(undo.reminders);
    affected.loopIds.add(undo.loop.id);
  });
}
