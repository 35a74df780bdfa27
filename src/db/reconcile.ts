/**
 * Reconciliation: brings the stored reminders in line with the playbook's plan (src/domain/playbook),
 * inside the caller's transaction (see `write()` in transaction.ts).
 *
 * Reminders are matched by key (kind|loop|person|anchor), never duplicated:
 * - planned and missing: added, open, shown from its due date;
 * - planned and pending: moved to the planned dates (a snoozed one keeps a later `showOn`);
 * - planned and expired: reopened when its dates changed (readers still hide it by `expiresOn`);
 * - planned and obsolete (an acceptance undone): open again;
 * - not planned and pending: `obsolete` when it is an accepted loop's own reminder (not a thank-you,
 *   not an announcement) or a thank-you superseded by a rejection or withdrawal on or after its
 *   meeting, otherwise deleted;
 * - not planned and expired, or obsolete when neither reason holds any more: deleted;
 * - done and dismissed: kept as they are, whatever the plan says — the user's history.
 *
 * A change is replanned unit by unit, reading through indexes only: the affected loops' own rules,
 * the progress-update series of the affected people and of the affected loops' participants, and the
 * new-job announcements of accepted loops (by the status index) to those people. An affected loop
 * that is accepted tells everyone in the other loops: that reads participations by the loopId index
 * (everything but this loop), once, when a job is accepted or the accepted loop is edited.
 */

import type { Table } from 'dexie';
import type { PlanLoop, PlannedReminder, PlanPerson, PlanSettings } from '../domain/playbook/plan';
import {
  announcementTargets,
  LOOP_UNIT_KINDS,
  plan,
  planAnnouncement,
  planLoop,
  planProgressUpdate,
} from '../domain/playbook/plan';
import { thankYouSuperseded } from '../domain/playbook/thank-you';
import { DEFAULT_SETTINGS, type Id, type Loop, type Reminder } from '../domain/types';
import type { LoopkeeperDatabase } from './database';
import type { Affected } from './transaction';

const PERSON_UNIT_KINDS = new Set<string>(['progress-update', 'new-job-announcement']);

export async function reconcileAfter(db: LoopkeeperDatabase, affected: Affected): Promise<void> {
  if (affected.all) return reconcileEverything(db);
  if (affected.loopIds.size === 0 && affected.personIds.size === 0) return;
  // Independent reads go out together: inside one transaction IndexedDB runs them in order anyway, but
  // the page waits for one round trip to the browser's database process instead of one per read.
  const [settings, accepted, ofAffectedPeople] = await Promise.all([
    readPlanSettings(db),
    db.loops.where('status').equals('accepted').toArray(),
    byIndex(db.participations, 'personId', affected.personIds),
  ]);

  // The loops whose own rules are replanned: the affected ones and every loop of an affected person
  // (a person's `connected` flag or removal changes their loops' reminders).
  const loopUnit = new Set<Id>([...affected.loopIds, ...ofAffectedPeople.map((p) => p.loopId)]);
  const loopParticipations = await byIndex(db.participations, 'loopId', loopUnit);

  // The people whose series (and announcements) are replanned: the affected ones and the participants
  // of the affected loops (a loop's outcome starts or moves their series).
  const personUnit = new Set<Id>(affected.personIds);
  for (const p of loopParticipations) if (affected.loopIds.has(p.loopId)) personUnit.add(p.personId);
  const participantIds = [...new Set(loopParticipations.map((p) => p.personId))];
  const [personParticipations, participants, lastTouches, loopReminders, personReminders] = await Promise.all(
    [
      byIndex(db.participations, 'personId', personUnit),
      db.people.bulkGet(participantIds),
      Promise.all([...personUnit].map((personId) => lastTouchOn(db, personId))),
      byIndex(db.reminders, 'loopId', loopUnit),
      byIndex(db.reminders, 'personId', personUnit),
    ],
  );

  const loopIds = new Set<Id>([...loopUnit, ...personParticipations.map((p) => p.loopId)]);
  const loops = new Map<Id, Loop>(accepted.map((loop) => [loop.id, loop]));
  const toFetch = [...loopIds].filter((id) => !loops.has(id));
  for (const loop of await db.loops.bulkGet(toFetch)) if (loop) loops.set(loop.id, loop);

  const people = new Map<Id, PlanPerson>();
  for (const person of participants) if (person) people.set(person.id, person);

  const desired: PlannedReminder[] = [];
  const byLoop = groupBy(loopParticipations, (p) => p.loopId);
  for (const loopId of loopUnit) {
    const loop = loops.get(loopId);
    if (loop) desired.push(...planLoop(loop, byLoop.get(loopId) ?? [], people, settings));
  }

  const byPerson = groupBy(personParticipations, (p) => p.personId);
  [...personUnit].forEach((personId, index) => {
    const mine = byPerson.get(personId) ?? [];
    const personLoops = mine.map((p) => loops.get(p.loopId)).filter((loop): loop is Loop => !!loop);
    const series = planProgressUpdate(personId, personLoops, lastTouches[index], settings);
    if (series) desired.push(series);
    for (const loop of accepted) {
      if (!mine.some((p) => p.loopId !== loop.id && loops.has(p.loopId))) continue;
      const reminder = planAnnouncement(loop, personId, settings);
      if (reminder) desired.push(reminder);
    }
  });

  // An affected accepted loop tells everyone in the other loops.
  for (const loop of accepted) {
    if (!affected.loopIds.has(loop.id)) continue;
    const others = await db.participations.where('loopId').noneOf([loop.id]).toArray();
    for (const personId of announcementTargets(loop.id, others)) {
      const reminder = planAnnouncement(loop, personId, settings);
      if (reminder) desired.push(reminder);
    }
  }

  // The stored reminders these units own (the same scope the plan above covers).
  const owned = new Map<Id, Reminder>();
  for (const r of loopReminders) {
    const mine =
      LOOP_UNIT_KINDS.has(r.kind) ||
      (r.kind === 'new-job-announcement' && affected.loopIds.has(r.loopId ?? ''));
    if (mine) owned.set(r.id, r);
  }
  for (const r of personReminders) if (PERSON_UNIT_KINDS.has(r.kind)) owned.set(r.id, r);
  await applyPlan(db, desired, [...owned.values()], loops);
}

/**
 * Records whose `index` equals any of `keys`: one index read per key, all sent at once. Dexie's
 * `anyOf` walks a cursor instead, one round trip per record it passes, which made every small write
 * of a loop with a few dozen reminders cost well over a hundred trips.
 */
async function byIndex<T, I>(table: Table<T, Id, I>, index: string, keys: Iterable<Id>): Promise<T[]> {
  const lists = await Promise.all([...keys].map((key) => table.where(index).equals(key).toArray()));
  return lists.flat();
}

/** The date of a person's latest touch (the progress-update series counts from it). */
async function lastTouchOn(db: LoopkeeperDatabase, personId: Id): Promise<string | undefined> {
  const last = await db.touches.where('[personId+on]').between([personId, ''], [personId, '\uffff']).last();
  return last?.on;
}

/** Settings changed: every loop and every person is planned again from the whole state. */
async function reconcileEverything(db: LoopkeeperDatabase): Promise<void> {
  const [settings, loops, participations, people, touches, reminders] = await Promise.all([
    readPlanSettings(db),
    db.loops.toArray(),
    db.participations.toArray(),
    db.people.toArray(),
    db.touches.toArray(),
    db.reminders.toArray(),
  ]);
  const desired = plan({ loops, participations, people, touches, settings });
  await applyPlan(db, desired, reminders, new Map(loops.map((loop) => [loop.id, loop])));
}

/** The playbook's settings, with defaults for anything not saved (as `getSettings`). */
export async function readPlanSettings(db: LoopkeeperDatabase): Promise<PlanSettings> {
  const row = await db.settings.get('settings');
  return {
    skipWeekends: row?.skipWeekends ?? DEFAULT_SETTINGS.skipWeekends,
    intervals: { ...DEFAULT_SETTINGS.intervals, ...row?.intervals },
  };
}

async function applyPlan(
  db: LoopkeeperDatabase,
  desired: readonly PlannedReminder[],
  owned: readonly Reminder[],
  loops: ReadonlyMap<Id, PlanLoop>,
): Promise<void> {
  const now = Date.now();
  const wanted = new Map(desired.map((r) => [r.key, r]));
  const byKey = new Map(owned.map((r) => [r.key, r]));
  const isObsolete = (stored: Reminder) => {
    const loop = stored.loopId ? loops.get(stored.loopId) : undefined;
    if (!loop) return false;
    if (stored.kind === 'thank-you') return thankYouSuperseded(loop, stored.anchor);
    return loop.status === 'accepted' && stored.kind !== 'new-job-announcement';
  };
  const puts: Reminder[] = [];
  const deletes: Id[] = [];

  for (const plan of wanted.values()) {
    const stored = byKey.get(plan.key);
    if (!stored) {
      const reminder: Reminder = {
        id: crypto.randomUUID(),
        ...plan,
        showOn: plan.due,
        status: 'open',
        createdAt: now,
        updatedAt: now,
      };
      puts.push(reminder);
      continue;
    }
    const next = moved(stored, plan);
    if (next) puts.push({ ...next, updatedAt: now });
  }

  for (const stored of owned) {
    if (wanted.has(stored.key)) continue;
    switch (stored.status) {
      case 'open':
      case 'snoozed':
        if (isObsolete(stored)) {
          puts.push({ ...stored, status: 'obsolete', showOn: stored.due, updatedAt: now });
        } else deletes.push(stored.id);
        break;
      case 'obsolete':
        if (!isObsolete(stored)) deletes.push(stored.id);
        break;
      case 'expired':
        deletes.push(stored.id);
        break;
      default:
        break; // done, dismissed: history
    }
  }
  if (deletes.length) await db.reminders.bulkDelete(deletes);
  if (puts.length) await db.reminders.bulkPut(puts);
}

/** The stored reminder brought to the planned dates, or undefined when nothing changes. */
function moved(stored: Reminder, plan: PlannedReminder): Reminder | undefined {
  const sameDates = stored.due === plan.due && stored.expiresOn === plan.expiresOn;
  const withDates = (): Reminder => {
    const next: Reminder = { ...stored, due: plan.due, showOn: plan.due };
    if (plan.expiresOn) next.expiresOn = plan.expiresOn;
    else delete next.expiresOn;
    return next;
  };
  switch (stored.status) {
    case 'open':
      return sameDates ? undefined : withDates();
    case 'snoozed': {
      if (sameDates) return undefined;
      const next = withDates();
      // A snooze to a later day than the new due date still holds; otherwise it is simply open again.
      if (stored.showOn > plan.due) next.showOn = stored.showOn;
      else next.status = 'open';
      return next;
    }
    case 'expired':
      return sameDates ? undefined : { ...withDates(), status: 'open' };
    case 'obsolete':
      return { ...withDates(), status: 'open' };
    default:
      return undefined;
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => Id): Map<Id, T[]> {
  const groups = new Map<Id, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
