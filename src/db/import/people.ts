/**
 * LinkedIn connections and contacts into the saved people: planned against what is saved (one bulk
 * read of the people, the LinkedIn touches of those matched by index), then written in one
 * transaction — the updates, the people the user ticked, a LinkedIn touch on each connection date.
 */
import { type EntryPlan, type ImportEntry, planEntries, profilesWith } from '../../domain/import/plan-people';
import type { CalendarDate, Person, Touch } from '../../domain/types';
import { database } from '../database';
import { newPersonRecord, updatePerson } from '../people';
import { newId, write } from '../transaction';

/**
 * The LinkedIn touches already logged, as `personId|date`: one bulk read (touches have no channel
 * index, and asking the [personId+on] index for thousands of pairs is far slower than reading them).
 */
async function linkedInTouches(): Promise<Set<string>> {
  const touches = await database().touches.toArray();
  return new Set(touches.filter((t) => t.channel === 'linkedin').map((t) => `${t.personId}|${t.on}`));
}

/** The plan of each entry against the saved people, as the preview shows it (planned once: 50,000 rows). */
export async function planImportEntries(entries: readonly ImportEntry[]): Promise<EntryPlan[]> {
  const people = await database().people.toArray();
  const dated = people.length > 0 && entries.some((entry) => entry.connectedOn);
  return planEntries(entries, people, dated ? await linkedInTouches() : new Set());
}

export interface EntriesResult {
  added: number;
  updated: number;
  skipped: number;
}

/**
 * Writes the plan, planned again inside the transaction (what another tab saved meanwhile counts);
 * `ticked` are the keys of the new entries the user chose to add.
 */
export async function importEntries(
  entries: readonly ImportEntry[],
  ticked: ReadonlySet<string>,
): Promise<EntriesResult> {
  return write(async (affected) => {
    const plans = await planImportEntries(entries);
    const result: EntriesResult = { added: 0, updated: 0, skipped: 0 };
    const people: Person[] = [];
    const touches: Touch[] = [];
    for (const plan of plans) {
      if (plan.action === 'update') {
        if (Object.keys(plan.changes).length) await updatePerson(plan.personId, plan.changes);
        if (plan.touchOn) {
          touches.push(linkedInTouch(plan.personId, plan.touchOn));
          affected.personIds.add(plan.personId);
        }
        result.updated++;
      } else if (plan.action === 'add' && ticked.has(plan.entry.key)) {
        const person = newPersonRecord(personInput(plan.entry));
        people.push(person);
        if (plan.entry.connectedOn) touches.push(linkedInTouch(person.id, plan.entry.connectedOn));
        result.added++;
      } else result.skipped++;
    }
    // New people sit in no loop yet, so nothing of theirs is planned: they go in with one bulk write.
    if (people.length) await database().people.bulkAdd(people);
    if (touches.length) await database().touches.bulkAdd(touches);
    return result;
  });
}

function personInput(entry: ImportEntry) {
  return {
    name: entry.name,
    emails: entry.emails,
    profiles: profilesWith({ other: [] }, entry.urls) ?? { other: [] },
    connected: entry.connected,
    ...(entry.company ? { company: entry.company } : {}),
    ...(entry.headline ? { headline: entry.headline } : {}),
    ...(entry.phone ? { phone: entry.phone } : {}),
  };
}

/** A LinkedIn touch on the connection date: the rejection playbook's "connect" step is done then. */
function linkedInTouch(personId: string, on: CalendarDate): Touch {
  return { id: newId(), personId, on, channel: 'linkedin', note: '', createdAt: Date.now() };
}
