import { countPending, detailsOf, isFirstRun, listPendingPage, roleKeyOf } from '../db/due';
import { getMany, reading } from '../db/quick-read';
import { addDays } from '../domain/dates';
import type { CalendarDate, Company, Loop, ParticipantRole, Person, Reminder } from '../domain/types';

export interface Row {
  reminder: Reminder;
  person?: Person;
  loop?: Loop;
  company?: Company;
  /** The person's role in the reminder's loop. */
  role?: ParticipantRole;
}

/** The popup's three sections, in the order they show: overdue first, then today, then two weeks ahead. */
export const SECTIONS = ['overdue', 'today', 'upcoming'] as const;
export type SectionName = (typeof SECTIONS)[number];
export const UPCOMING_DAYS = 14;
/** Rows per section on the first screen (more than a popup shows at once); "Show more" adds as many again. */
export const PAGE_SIZE = 10;

export interface Section {
  name: SectionName;
  rows: Row[];
  /** More reminders are in this section than are shown. */
  more: boolean;
}

export interface TodayList {
  today: CalendarDate;
  sections: Section[];
  /** Nothing saved at all: show how to save the first interviewer. */
  firstRun: boolean;
}

export type Limits = Record<SectionName, number>;
export const FIRST_LIMITS: Limits = { overdue: PAGE_SIZE, today: PAGE_SIZE, upcoming: PAGE_SIZE };

/** The showOn range of each section; overdue reads latest first (yesterday's before last year's). */
export function sectionRange(name: SectionName, today: CalendarDate) {
  if (name === 'overdue') return { from: '', to: addDays(today, -1), latestFirst: true };
  if (name === 'today') return { from: today, to: today, latestFirst: false };
  return { from: addDays(today, 1), to: addDays(today, UPCOMING_DAYS), latestFirst: false };
}

/** Turns reminders into rows with the people, loops, companies and roles they name, read by key. */
async function rowsOf(reminders: readonly Reminder[]): Promise<(reminder: Reminder) => Row> {
  const details = await detailsOf(reminders);
  return (reminder) => {
    const loop = reminder.loopId ? details.loops.get(reminder.loopId) : undefined;
    const row: Row = { reminder };
    if (reminder.personId) row.person = details.people.get(reminder.personId);
    if (loop) {
      row.loop = loop;
      row.company = details.companies.get(loop.companyId);
    }
    if (reminder.loopId && reminder.personId)
      row.role = details.roles.get(roleKeyOf(reminder.loopId, reminder.personId));
    return row;
  };
}

/** One pending reminder by id, as a row (the `?write=<id>` deep link), or null when it is not open. */
export async function loadRow(id: string): Promise<Row | null> {
  const [reminder] = await getMany<Reminder>(await reading(['reminders']), 'reminders', [id]);
  if (!reminder || (reminder.status !== 'open' && reminder.status !== 'snoozed')) return null;
  return (await rowsOf([reminder]))(reminder);
}

/**
 * Only what the popup shows: one page of each section through the [status+showOn] index, then the
 * people, loops, companies and roles those reminders name, by key (no table scans).
 */
export async function loadToday(today: CalendarDate, limits: Limits = FIRST_LIMITS): Promise<TodayList> {
  const pages = await Promise.all(
    SECTIONS.map((name) => listPendingPage({ ...sectionRange(name, today), today, limit: limits[name] })),
  );
  const reminders = pages.flatMap((page) => page.reminders);
  const [toRow, firstRun] = await Promise.all([rowsOf(reminders), reminders.length ? false : isFirstRun()]);
  const sections = SECTIONS.map((name, index) => {
    const page = pages[index] ?? { reminders: [], more: false };
    return { name, rows: page.reminders.map(toRow), more: page.more };
  });
  return { today, sections, firstRun };
}

/** Exact counts of the sections (the long ones walk their index range, so the popup asks after drawing). */
export async function countSections(list: TodayList): Promise<Partial<Record<SectionName, number>>> {
  const counts: Partial<Record<SectionName, number>> = {};
  await Promise.all(
    list.sections.map(async (section) => {
      if (!section.more) counts[section.name] = section.rows.length;
      else {
        const { from, to } = sectionRange(section.name, list.today);
        counts[section.name] = await countPending(from, to, list.today);
      }
    }),
  );
  return counts;
}
