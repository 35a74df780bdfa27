/**
 * Merging two records of one person (saved twice: from LinkedIn and by hand, say). The kept record
 * gains every participation, touch and reminder of the other, and any detail it lacked; the other is
 * deleted. One transaction, reconciled, so the reminders come out as if the person had been saved once.
 */

import { reminderKey } from '../domain/playbook/keys';
import type { Id, Participation, Person, Reminder } from '../domain/types';
import { database } from './database';
import { NotFoundError, ValidationError } from './errors';
import { updatePerson } from './people';
import { write } from './transaction';

/** Details of `other` that `keep` lacks; lists are united; notes of both are kept. */
export function mergedDetails(keep: Person, other: Person): Record<string, unknown> {
  const notes = [keep.notes, other.notes].filter((text) => text.trim() !== '');
  return {
    headline: keep.headline || other.headline,
    company: keep.company || other.company,
    location: keep.location || other.location,
    phone: keep.phone || other.phone,
    emails: [...new Set([...keep.emails, ...other.emails])],
    profiles: {
      linkedin: keep.profiles.linkedin || other.profiles.linkedin,
      github: keep.profiles.github || other.profiles.github,
      other: [...new Set([...keep.profiles.other, ...other.profiles.other])],
    },
    connected: keep.connected || other.connected,
    notes: [...new Set(notes)].join('\n\n'),
    tags: [...new Set([...keep.tags, ...other.tags])],
  };
}

/** Both sat in the same loop: one participation with both sets of meetings and notes. */
function mergedParticipation(keep: Participation, other: Participation): Participation {
  const notes = [...new Set([keep.notes, other.notes].filter((text) => text.trim() !== ''))];
  return {
    ...keep,
    role: keep.role === 'other' ? other.role : keep.role,
    hitItOff: keep.hitItOff || other.hitItOff,
    met: [...new Set([...keep.met, ...other.met])].sort(),
    notes: notes.join('\n\n'),
    createdAt: Math.min(keep.createdAt, other.createdAt),
  };
}

/** The user's decisions outrank a reminder still waiting: done beats dismissed beats pending. */
const weight: Record<Reminder['status'], number> = {
  done: 5,
  dismissed: 4,
  snoozed: 3,
  open: 2,
  expired: 1,
  obsolete: 0,
};

export async function mergePeople(keepId: Id, mergeId: Id): Promise<Person> {
  if (keepId === mergeId) throw new ValidationError('Choose two different people to merge.');
  return write(async (affected) => {
    const db = database();
    const [keep, other] = await Promise.all([db.people.get(keepId), db.people.get(mergeId)]);
    if (!keep || !other) throw new NotFoundError('That person is no longer saved.');
    affected.personIds.add(keepId);

    const kept = new Map(
      (await db.participations.where('personId').equals(keepId).toArray()).map((p) => [p.loopId, p]),
    );
    for (const p of await db.participations.where('personId').equals(mergeId).toArray()) {
      affected.loopIds.add(p.loopId);
      const mine = kept.get(p.loopId);
      await db.participations.delete(p.id);
      if (mine) await db.participations.put(mergedParticipation(mine, p));
      else await db.participations.put({ ...p, personId: keepId });
    }

    const touches = await db.touches
      .where('[personId+on]')
      .between([mergeId, ''], [mergeId, '\uffff'])
      .toArray();
    await db.touches.bulkPut(touches.map((touch) => ({ ...touch, personId: keepId })));

    // Reminders are keyed by person: re-key them, and where both had the same one keep the decided one.
    for (const r of await db.reminders.where('personId').equals(mergeId).toArray()) {
      const key = reminderKey(r.kind, r.loopId, keepId, r.anchor);
      const twin = await db.reminders.where('key').equals(key).first();
      await db.reminders.delete(r.id);
      if (twin && weight[twin.status] >= weight[r.status]) continue;
      if (twin) await db.reminders.delete(twin.id);
      await db.reminders.put({ ...r, key, personId: keepId, updatedAt: Date.now() });
    }

    await db.people.delete(mergeId);
    return updatePerson(keepId, mergedDetails(keep, other));
  });
}
