/**
 * Merge: what a backup adds to the saved data, computed without writing (the preview shows it; the
 * restore writes it). Each table is matched so that merging the same file twice changes nothing:
 * companies by id or name, people as merge-people.ts says, loops by id or company + role + start date,
 * participations by loop + person, touches by id or identical content, reminders by key. Ids of the
 * file are mapped onto the saved records they match; what is new keeps its id unless that id is taken.
 */
import { nameKey } from '../../domain/names';
import { reminderKey } from '../../domain/playbook/keys';
import type { Participation, Reminder } from '../../domain/types';
import { type BackupData, TABLES, type TableName } from './format';
import { mergePerson, PeopleIndex, type PersonMatch, personChanged } from './merge-people';

export interface TableChange {
  added: number;
  updated: number;
}

export interface MergePlan {
  /** Records to put, per table. */
  puts: { [T in TableName]: BackupData[T] };
  changes: Record<TableName, TableChange>;
  /** How the file's people were matched. */
  people: Record<PersonMatch, number>;
}

const PENDING = new Set(['open', 'snoozed']);
const CLOSED = new Set(['done', 'dismissed']);

export function planMerge(
  saved: BackupData,
  incoming: BackupData,
  newId: () => string,
  now: number,
): MergePlan {
  const puts = Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as MergePlan['puts'];
  const changes = Object.fromEntries(
    TABLES.map((t) => [t, { added: 0, updated: 0 }]),
  ) as MergePlan['changes'];
  const taken = (table: TableName) => new Set((saved[table] as { id?: string }[]).map((r) => r.id));
  const freshId = (ids: Set<string | undefined>, id: string) => (ids.has(id) ? newId() : id);
  const put = <T extends TableName>(table: T, record: BackupData[T][number], isNew: boolean) => {
    (puts[table] as unknown[]).push(record);
    changes[table][isNew ? 'added' : 'updated'] += 1;
  };

  // Companies: the same id, else the same name.
  const companyId = new Map<string, string>();
  const companyIds = taken('companies');
  const companyByKey = new Map(saved.companies.map((c) => [c.nameKey, c]));
  const companyById = new Map(saved.companies.map((c) => [c.id, c]));
  for (const company of incoming.companies) {
    const match = companyById.get(company.id) ?? companyByKey.get(company.nameKey);
    if (match) {
      companyId.set(company.id, match.id);
      continue;
    }
    const added = { ...company, id: freshId(companyIds, company.id) };
    companyIds.add(added.id);
    companyByKey.set(added.nameKey, added);
    companyId.set(company.id, added.id);
    put('companies', added, true);
  }

  // People.
  const personId = new Map<string, string>();
  const people = new PeopleIndex(saved.people);
  const written = new Map<string, BackupData['people'][number]>();
  const matchCounts: Record<PersonMatch, number> = { id: 0, profile: 0, name: 0, new: 0 };
  const savedPeople = taken('people');
  for (const person of incoming.people) {
    const found = people.find(person);
    matchCounts[found.match] += 1;
    if (found.person) {
      const before = written.get(found.person.id) ?? found.person;
      const merged = mergePerson(before, person);
      personId.set(person.id, found.person.id);
      if (!personChanged(before, merged)) continue;
      merged.updatedAt = Math.max(now, before.updatedAt);
      const isNew = !savedPeople.has(merged.id);
      if (!written.has(merged.id)) put('people', merged, isNew);
      else (puts.people as unknown[])[puts.people.findIndex((p) => p.id === merged.id)] = merged;
      written.set(merged.id, merged);
      people.add(merged);
      continue;
    }
    const added = { ...person, id: people.hasId(person.id) ? newId() : person.id };
    personId.set(person.id, added.id);
    people.add(added);
    written.set(added.id, added);
    put('people', added, true);
  }

  // Loops: the same id, else the same company, role and first status date; the newer edit wins.
  const loopId = new Map<string, string>();
  const loopIds = taken('loops');
  const loopKey = (company: string, role: string, start: string | undefined) =>
    `${company}\u0000${nameKey(role)}\u0000${start}`;
  const loopById = new Map(saved.loops.map((l) => [l.id, l]));
  const loopByKey = new Map(saved.loops.map((l) => [loopKey(l.companyId, l.role, l.history[0]?.on), l]));
  for (const loop of incoming.loops) {
    const company = companyId.get(loop.companyId) ?? loop.companyId;
    const match = loopById.get(loop.id) ?? loopByKey.get(loopKey(company, loop.role, loop.history[0]?.on));
    if (match) {
      loopId.set(loop.id, match.id);
      if (loop.updatedAt > match.updatedAt)
        put('loops', { ...loop, id: match.id, companyId: company }, false);
      continue;
    }
    const added = { ...loop, id: freshId(loopIds, loop.id), companyId: company };
    loopIds.add(added.id);
    loopByKey.set(loopKey(company, added.role, added.history[0]?.on), added);
    loopId.set(loop.id, added.id);
    put('loops', added, true);
  }
  const mapLoop = (id: string) => loopId.get(id) ?? id;
  const mapPerson = (id: string) => personId.get(id) ?? id;

  // Participations: one per loop and person; meeting dates joined, "hit it off" kept if either says so.
  const participationIds = taken('participations');
  const pair = (p: Participation) => `${p.loopId}\u0000${p.personId}`;
  const byPair = new Map(saved.participations.map((p) => [pair(p), p]));
  const addedPairs = new Set<string>();
  for (const p of incoming.participations) {
    const mapped: Participation = { ...p, loopId: mapLoop(p.loopId), personId: mapPerson(p.personId) };
    const match = byPair.get(pair(mapped));
    if (!match) {
      mapped.id = freshId(participationIds, p.id);
      participationIds.add(mapped.id);
      byPair.set(pair(mapped), mapped);
      addedPairs.add(pair(mapped));
      put('participations', mapped, true);
      continue;
    }
    const merged: Participation = {
      ...match,
      hitItOff: match.hitItOff || mapped.hitItOff,
      met: [...new Set([...match.met, ...mapped.met])].sort(),
      notes: match.notes.trim() ? match.notes : mapped.notes,
    };
    if (JSON.stringify(merged) === JSON.stringify(match)) continue;
    byPair.set(pair(merged), merged);
    const index = puts.participations.findIndex((x) => x.id === merged.id);
    if (index >= 0) puts.participations[index] = merged;
    else put('participations', merged, addedPairs.has(pair(merged)));
  }

  // Touches: the same id or the same contact on the same day are the same touch.
  const touchIds = taken('touches');
  const touchKey = (t: BackupData['touches'][number]) =>
    [t.personId, t.on, t.channel, t.loopId ?? '', t.note].join('\u0000');
  const touchKeys = new Set(saved.touches.map(touchKey));
  for (const touch of incoming.touches) {
    const mapped = { ...touch, personId: mapPerson(touch.personId) };
    if (touch.loopId !== undefined) mapped.loopId = mapLoop(touch.loopId);
    if (touchIds.has(touch.id) || touchKeys.has(touchKey(mapped))) continue;
    touchIds.add(touch.id);
    touchKeys.add(touchKey(mapped));
    put('touches', mapped, true);
  }

  // Reminders by key; a decision in the file (done, dismissed) closes a reminder still pending here.
  const reminderIds = taken('reminders');
  const byKey = new Map(saved.reminders.map((r) => [r.key, r]));
  for (const r of incoming.reminders) {
    const loop = r.loopId === null ? null : mapLoop(r.loopId);
    const person = r.personId === null ? null : mapPerson(r.personId);
    const mapped: Reminder = {
      ...r,
      loopId: loop,
      personId: person,
      key: reminderKey(r.kind, loop, person, r.anchor),
    };
    const match = byKey.get(mapped.key);
    if (!match) {
      mapped.id = freshId(reminderIds, r.id);
      reminderIds.add(mapped.id);
      byKey.set(mapped.key, mapped);
      put('reminders', mapped, true);
    } else if (PENDING.has(match.status) && CLOSED.has(r.status)) {
      const closed: Reminder = { ...match, status: r.status, updatedAt: Math.max(now, match.updatedAt) };
      if (r.closedOn) closed.closedOn = r.closedOn;
      byKey.set(closed.key, closed);
      put('reminders', closed, false);
    }
  }

  // Templates, settings and meta: what is saved here wins; the file only fills what is missing.
  const kinds = new Set(saved.templates.map((t) => t.kind));
  for (const template of incoming.templates) if (!kinds.has(template.kind)) put('templates', template, true);
  if (saved.settings.length === 0) for (const row of incoming.settings) put('settings', row, true);
  const metaKeys = new Set(saved.meta.map((m) => m.key));
  for (const row of incoming.meta) if (!metaKeys.has(row.key)) put('meta', row, true);

  return { puts, changes, people: matchCounts };
}
