/**
 * Playbook scenarios (fixtures/scenarios/README.md): builds a small job search through the product's
 * own repository functions on an in-memory IndexedDB, lets reconciliation plan as it would for the
 * user, and reports the reminders open on the scenario's `today`.
 *
 * How the builder replays a scenario, in this order:
 * 1. settings (flat keys: `skipWeekends`, or any interval name such as `checkInMonths`);
 * 2. people (`connected`), then each loop with its first event (`createLoop` takes status and date; a
 *    first offer with a deadline is recorded with `replaceLoopHistory`), then its participants;
 * 3. the remaining events of every loop, in date order (`changeLoopStatus`);
 * 4. touches (`logTouch`);
 * 5. `done` (and `dismissed`) entries, each closing every open reminder matching kind, loop and
 *    person (and `due`, when given), through `completeReminder`/`dismissReminder`, closed on `on`
 *    when the entry gives it, else the reminder's due date (or `today` when that is still ahead):
 *    "done when it was due". A done entry logs no touch (fixtures/scenarios/README.md): messages
 *    sent are the scenario's `touches`.
 * 6. the daily expiry pass for `today`.
 */
import 'fake-indexeddb/auto';
import { findOrCreateCompany } from '../src/db/companies';
import { database, LoopkeeperDatabase, useDatabase } from '../src/db/database';
import { changeLoopStatus, createLoop, replaceLoopHistory } from '../src/db/loops';
import { addParticipant } from '../src/db/participations';
import { createPerson } from '../src/db/people';
import { completeReminder, dismissReminder, expireReminders } from '../src/db/reminders';
import { updateSettings } from '../src/db/settings';
import { logTouch } from '../src/db/touches';
import { minDate } from '../src/domain/dates';
import { DEFAULT_INTERVALS, type Reminder } from '../src/domain/types';

export interface ScenarioEvent {
  on: string;
  status: string;
  deadline?: string;
}

export interface ScenarioClose {
  kind: string;
  loop: string;
  person: string | null;
  due?: string;
  on?: string;
}

export interface ScenarioReminder {
  kind: string;
  loop: string | null;
  person: string | null;
  due: string;
}

export interface Scenario {
  description?: string;
  today: string;
  settings?: Record<string, unknown>;
  people?: { id: string; name: string; connected?: boolean }[];
  loops?: {
    id: string;
    company: string;
    role: string;
    participants?: { person: string; role?: string; hitItOff?: boolean; met?: string[] }[];
    events?: ScenarioEvent[];
  }[];
  touches?: { person: string; on: string; channel?: string; loop?: string }[];
  done?: ScenarioClose[];
  dismissed?: ScenarioClose[];
  expect?: ScenarioReminder[];
}

let counter = 0;

/** Waits until the clock moves on, so records created one after the other never share a createdAt. */
async function nextMillisecond(): Promise<void> {
  const start = Date.now();
  while (Date.now() === start) await new Promise((resolve) => setTimeout(resolve, 1));
}

/** Builds the scenario in a fresh database and returns the reminders open on `today`. */
export async function runScenario(scenario: Scenario): Promise<ScenarioReminder[]> {
  counter += 1;
  const db = new LoopkeeperDatabase(`scenario-${Date.now()}-${counter}`);
  await db.open();
  useDatabase(db);
  try {
    const built = await build(scenario);
    return await openReminders(db, scenario, built);
  } finally {
    db.close();
    await db.delete().catch(() => undefined);
  }
}

interface Built {
  loopIds: Map<string, string>;
  personIds: Map<string, string>;
}

async function build(scenario: Scenario): Promise<Built> {
  const { today } = scenario;
  if (scenario.settings) await updateSettings(settingsPatch(scenario.settings));

  const personIds = new Map<string, string>();
  for (const person of scenario.people ?? []) {
    const created = await createPerson({ name: person.name, connected: person.connected ?? false });
    personIds.set(person.id, created.id);
  }
  const person = (id: string) => {
    const found = personIds.get(id);
    if (!found) throw new Error(`Scenario: unknown person "${id}".`);
    return found;
  };

  const loopIds = new Map<string, string>();
  const later: { loopId: string; event: ScenarioEvent; order: number }[] = [];
  for (const loop of scenario.loops ?? []) {
    const company = await findOrCreateCompany({ name: loop.company });
    const [first, ...rest] = loop.events ?? [];
    await nextMillisecond();
    const created = await createLoop({
      companyId: company.id,
      role: loop.role,
      status: first?.status ?? 'applied',
      on: first?.on ?? today,
    });
    if (first?.deadline) await replaceLoopHistory(created.id, [first]);
    loopIds.set(loop.id, created.id);
    for (const p of loop.participants ?? []) {
      await nextMillisecond();
      await addParticipant({
        loopId: created.id,
        personId: person(p.person),
        role: p.role ?? 'interviewer',
        hitItOff: p.hitItOff ?? false,
        met: p.met ?? [],
      });
    }
    for (const event of rest) later.push({ loopId: created.id, event, order: later.length });
  }
  const loopOf = (id: string) => {
    const found = loopIds.get(id);
    if (!found) throw new Error(`Scenario: unknown loop "${id}".`);
    return found;
  };

  later.sort((a, b) => (a.event.on < b.event.on ? -1 : a.event.on > b.event.on ? 1 : a.order - b.order));
  for (const { loopId, event } of later) await changeLoopStatus(loopId, event);

  for (const touch of scenario.touches ?? []) {
    await logTouch({
      personId: person(touch.person),
      on: touch.on,
      channel: touch.channel ?? 'email',
      ...(touch.loop ? { loopId: loopOf(touch.loop) } : {}),
    });
  }

  for (const [list, action] of [
    [scenario.done ?? [], 'done'],
    [scenario.dismissed ?? [], 'dismissed'],
  ] as const) {
    for (const entry of list) {
      const matches = await matching(
        entry,
        loopOf(entry.loop),
        entry.person === null ? null : person(entry.person),
      );
      if (matches.length === 0)
        throw new Error(`Scenario: nothing open to mark ${action}: ${JSON.stringify(entry)}`);
      for (const reminder of matches) {
        const on = entry.on ?? minDate(reminder.due, today);
        if (action === 'done') await completeReminder(reminder.id, { on, logTouch: false });
        else await dismissReminder(reminder.id, { on });
      }
    }
  }
  await expireReminders(today);
  return { loopIds, personIds };
}

async function matching(entry: ScenarioClose, loopId: string, personId: string | null): Promise<Reminder[]> {
  const reminders = await database().reminders.where('loopId').equals(loopId).toArray();
  return reminders.filter(
    (r) =>
      r.kind === entry.kind &&
      r.personId === personId &&
      (r.status === 'open' || r.status === 'snoozed') &&
      (entry.due === undefined || r.due === entry.due),
  );
}

function settingsPatch(settings: Record<string, unknown>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  const intervals: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (key === 'intervals' && typeof value === 'object' && value) Object.assign(intervals, value);
    else if (key in DEFAULT_INTERVALS) intervals[key] = value;
    else patch[key] = value;
  }
  if (Object.keys(intervals).length) patch.intervals = intervals;
  return patch;
}

async function openReminders(
  db: LoopkeeperDatabase,
  scenario: Scenario,
  built: Built,
): Promise<ScenarioReminder[]> {
  const back = (ids: Map<string, string>) => new Map([...ids].map(([name, id]) => [id, name]));
  const loopNames = back(built.loopIds);
  const personNames = back(built.personIds);
  const all = await db.reminders.toArray();
  return all
    .filter(
      (r) =>
        (r.status === 'open' || r.status === 'snoozed') && (!r.expiresOn || r.expiresOn > scenario.today),
    )
    .map((r) => ({
      kind: r.kind,
      loop: r.loopId === null ? null : (loopNames.get(r.loopId) ?? r.loopId),
      person: r.personId === null ? null : (personNames.get(r.personId) ?? r.personId),
      due: r.due,
    }))
    .sort(compareOutput);
}

function compareText(a: string | null, b: string | null): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

export function compareOutput(a: ScenarioReminder, b: ScenarioReminder): number {
  return (
    compareText(a.due, b.due) ||
    compareText(a.kind, b.kind) ||
    compareText(a.loop, b.loop) ||
    compareText(a.person, b.person)
  );
}
