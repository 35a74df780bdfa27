/**
 * The order the popup shows its reminders in, and the groups it shows them under.
 *
 * The ordering rule: a thank-you due today is the first thing seen. It is owed the same day (by
 * tomorrow it reads as an afterthought), so when today's section holds a thank-you, "Today" comes
 * before "Overdue" — an old overdue item never pushes it below the fold — and within every section
 * thank-yous come before everything else. Otherwise the sections keep their order: overdue (most
 * recent first), today, the next 14 days.
 *
 * The grouping rule: within a section, reminders of one loop sit together under "Company — Role"
 * (after a rejection, the five follow-ups are one group with one "Mark all sent"), loop-less ones
 * under their person; a group shows where its first reminder would have, so the order above holds.
 */
import type { Row, Section } from './load';
import { loopLine } from './wording';

const isThankYou = (row: Row) => row.reminder.kind === 'thank-you';

export interface Group {
  /** loop:<id>, person:<id>, or the reminder's own id when it names neither. */
  key: string;
  rows: Row[];
}

function groupKey(row: Row): string {
  if (row.reminder.loopId) return `loop:${row.reminder.loopId}`;
  if (row.reminder.personId) return `person:${row.reminder.personId}`;
  return `reminder:${row.reminder.id}`;
}

/** The section's rows in groups, thank-yous (and so their groups) first; otherwise in reading order. */
export function groupRows(rows: readonly Row[]): Group[] {
  const ordered = [...rows.filter(isThankYou), ...rows.filter((row) => !isThankYou(row))];
  const groups = new Map<string, Group>();
  for (const row of ordered) {
    const key = groupKey(row);
    const group = groups.get(key) ?? { key, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** What a group's header says: the loop ("Acme Corp — VP Marketing") or the person. */
export function groupTitle(group: Group): string {
  const [first] = group.rows;
  if (!first) return '';
  return (first.loop ? loopLine(first) : first.person?.name) ?? '';
}

/** Sections in the order they show, each with its rows in display order (grouped, thank-yous first). */
export function arrangeSections(sections: readonly Section[]): Section[] {
  const arranged = sections.map((section) => ({
    ...section,
    rows: groupRows(section.rows).flatMap((group) => group.rows),
  }));
  const today = arranged.find((section) => section.name === 'today');
  if (!today?.rows.some(isThankYou)) return arranged;
  return [today, ...arranged.filter((section) => section !== today)];
}
