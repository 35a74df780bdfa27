/** What the exports read, and the words they write: the domain cannot translate, so the caller does. */
import type { Company, Loop, LoopSource, LoopStatus, ParticipantRole, Participation, Person } from '../types';

export interface ExportData {
  companies: readonly Company[];
  loops: readonly Loop[];
  people: readonly Person[];
  participations: readonly Participation[];
}

export interface ExportLabels {
  /** Column headers by column id. */
  column: (id: string) => string;
  status: (status: LoopStatus) => string;
  role: (role: ParticipantRole) => string;
  source: (source: LoopSource) => string;
  yes: string;
  no: string;
}

/** '2026-02-13' for an instant, in the user's time zone (the calendar day they did it). */
export function dayOf(instant: number): string {
  const at = new Date(instant);
  return [at.getFullYear(), at.getMonth() + 1, at.getDate()]
    .map((n, i) => String(n).padStart(i ? 2 : 4, '0'))
    .join('-');
}

export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Items grouped by a key, each group in the items' order: one pass, so a lookup per row is O(1). */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Names compared as people read them (accents and case aside). */
export const byName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });
