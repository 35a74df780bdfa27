/**
 * LinkedIn connections and contacts into the saved people: planned against what is saved (one bulk
 * read of the people, the LinkedIn touches of those matched by index), then written in one
 * transaction — the updates, the people the user ticked, a LinkedIn touch on each connection date.
 */
import { type EntryPlan, type ImportEntry, planEntries, profilesWith } from '../../domain/import/plan-people';
import { database } from '../database';
import { createPerson, updatePerson } from '../people';
import { logTouch } from '../touches';
import { write } from '../transaction';

async function linkedInTouches(plans: readonly EntryPlan[]): Promise<Set<string>> {
  const pairs = plans.flatMap((plan) =>
    plan.action === 'update' && plan.entry.connectedOn ? [[plan.personId, plan.entry.connectedOn]] : [],
  );
  if (pairs.length === 0) return new Set();
  const touches = await database().touches.where('[personId+on]').anyOf(pairs).toArray();
  return new Set(touches.filter((t) => t.channel === 'linkedin').map((t) => `${t.personId}|${t.on}`));
}

/** The plan of each entry against the saved people, as the preview shows it. */
export async function planImportEntries(entries: readonly ImportEntry[]): Promise<EntryPlan[]> {
  const people = await database().people.toArray();
  const first = planEntries(entries, people);
  return planEntries(entries, people, await linkedInTouches(first));
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
  return write(async () => {
    const plans = await planImportEntries(entries);
    const result: EntriesResult = { added: 0, updated: 0, skipped: 0 };
    for (const plan of plans) {
      if (plan.action === 'update') {
        if (Object.keys(plan.changes).length) await updatePerson(plan.personId, plan.changes);
        if (plan.touchOn) await logTouch({ personId: plan.personId, on: plan.touchOn, channel: 'linkedin' });
        result.updated++;
      } else if (plan.action === 'add' && ticked.has(plan.entry.key)) {
        await addPerson(plan.entry);
        result.added++;
      } else result.skipped++;
    }
    return result;
  });
}

async function addPerson(entry: ImportEntry): Promise<void> {
  const person = await createPerson({
    name: entry.name,
    emails: entry.emails,
    profiles: profilesWith({ other: [] }, entry.urls) ?? { other: [] },
    connected: entry.connected,
    ...(entry.company ? { company: entry.company } : {}),
    ...(entry.headline ? { headline: entry.headline } : {}),
    ...(entry.phone ? { phone: entry.phone } : {}),
  });
  if (entry.connectedOn) await logTouch({ personId: person.id, on: entry.connectedOn, channel: 'linkedin' });
}
