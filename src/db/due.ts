/**
 * Reads for "what is due": the popup's list, the toolbar badge and the daily notification. Every read
 * walks a range of the [status+showOn] index and stops as soon as it has what it shows, so years of
 * history never slow the popup down; the people, loops, companies and roles those reminders name are
 * then fetched by key. Through quick-read.ts (the platform's IndexedDB, no Dexie) so the popup's first
 * paint loads none of the write path.
 */
import type {
  CalendarDate,
  Company,
  Id,
  Loop,
  ParticipantRole,
  Participation,
  Person,
  Reminder,
} from '../domain/types';
import { countRange, firstOf, getByIndex, getMany, reading, readRange } from './quick-read';

const PENDING = ['open', 'snoozed'] as const;
/** Pending reminders by the day their window closes (schema version 4). */
const LAPSED_INDEX = '[status+expiresOn]';

export interface PendingQuery {
  /** First showOn date included; '' for "from the beginning". */
  from: CalendarDate | '';
  /** Last showOn date included. */
  to: CalendarDate;
  /** Thank-yous whose `expiresOn` has come are left out even before the daily pass marks them. */
  today: CalendarDate;
  limit: number;
  /** Latest showOn first (the overdue section: yesterday's matters more than last year's). */
  latestFirst?: boolean;
}

export interface PendingPage {
  reminders: Reminder[];
  /** More reminders match than `limit`. */
  more: boolean;
}

function shows(today: CalendarDate) {
  return (reminder: Reminder) => !reminder.expiresOn || reminder.expiresOn > today;
}

function order(a: Reminder, b: Reminder): number {
  if (a.showOn !== b.showOn) return a.showOn < b.showOn ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function byShowOn(status: (typeof PENDING)[number], from: string, to: string) {
  return {
    store: 'reminders',
    index: '[status+showOn]',
    range: IDBKeyRange.bound([status, from], [status, to]),
  };
}

/** One page of pending (open or snoozed) reminders showing between `from` and `to`. */
export async function listPendingPage(query: PendingQuery): Promise<PendingPage> {
  const tx = await reading(['reminders']);
  const perStatus = await Promise.all(
    PENDING.map((status) =>
      readRange<Reminder>(tx, {
        ...byShowOn(status, query.from, query.to),
        direction: query.latestFirst ? 'prev' : 'next',
        keep: shows(query.today),
        limit: query.limit + 1,
      }),
    ),
  );
  const merged = perStatus.flat().sort(order);
  if (query.latestFirst) merged.reverse();
  return { reminders: merged.slice(0, query.limit), more: merged.length > query.limit };
}

/**
 * How many pending reminders show between `from` and `to`: the index's count of the range, less the
 * pending ones whose `expiresOn` has come (thank-yous the daily pass has not marked yet, read through
 * the [status+expiresOn] index of schema version 4: at most a day's worth). A database not yet
 * upgraded (the read connection never upgrades) is counted by walking the range as before.
 */
export async function countPending(from: CalendarDate | '', to: CalendarDate, today: CalendarDate) {
  const tx = await reading(['reminders']);
  const indexed = tx?.objectStore('reminders').indexNames.contains(LAPSED_INDEX);
  const counts = await Promise.all(
    PENDING.map(async (status) => {
      if (!indexed) return countRange<Reminder>(tx, { ...byShowOn(status, from, to), keep: shows(today) });
      const [all, lapsed] = await Promise.all([
        countRange<Reminder>(tx, byShowOn(status, from, to)),
        readRange<Reminder>(tx, {
          store: 'reminders',
          index: LAPSED_INDEX,
          range: IDBKeyRange.bound([status, ''], [status, today]),
        }),
      ]);
      return all - lapsed.filter((r) => r.showOn >= from && r.showOn <= to).length;
    }),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

/** Due today or overdue: the badge and the daily notification. */
export async function countDue(today: CalendarDate): Promise<number> {
  return countPending('', today, today);
}

export interface ReminderDetails {
  people: Map<Id, Person>;
  loops: Map<Id, Loop>;
  companies: Map<Id, Company>;
  /** The person's role in the reminder's loop, by `${loopId}|${personId}`. */
  roles: Map<string, ParticipantRole>;
}

export const roleKeyOf = (loopId: Id, personId: Id) => `${loopId}|${personId}`;

const byId = <T extends { id: Id }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
const unique = (ids: (Id | null | undefined)[]) => [...new Set(ids.filter((id): id is Id => !!id))];

/** What the given reminders name, each fetched by primary key or the [loopId+personId] index. */
export async function detailsOf(reminders: readonly Reminder[]): Promise<ReminderDetails> {
  const pairs = unique(
    reminders.map((r) => (r.loopId && r.personId ? roleKeyOf(r.loopId, r.personId) : null)),
  );
  const tx = await reading(['people', 'loops', 'participations']);
  const [people, loops, participations] = await Promise.all([
    getMany<Person>(tx, 'people', unique(reminders.map((r) => r.personId))),
    getMany<Loop>(tx, 'loops', unique(reminders.map((r) => r.loopId))),
    getByIndex<Participation>(
      tx,
      'participations',
      '[loopId+personId]',
      pairs.map((pair) => pair.split('|')),
    ),
  ]);
  const companies = await getMany<Company>(
    await reading(['companies']),
    'companies',
    unique(loops.map((loop) => loop.companyId)),
  );
  return {
    people: byId(people),
    loops: byId(loops),
    companies: byId(companies),
    roles: new Map(participations.map((p) => [roleKeyOf(p.loopId, p.personId), p.role])),
  };
}

/** Nothing saved yet (no loop, no person): the popup shows how to start instead of "nothing due". */
export async function isFirstRun(): Promise<boolean> {
  const tx = await reading(['loops', 'people']);
  const [loop, person] = await Promise.all([firstOf(tx, 'loops'), firstOf(tx, 'people')]);
  return !loop && !person;
}
