/**
 * The board's columns: one per stage a loop can stand in, and one for every way a loop ends. Pure, so
 * the order, the arrow-key neighbours and the initials are tested without a page.
 */
import type { LoopStatus } from '../../../domain/types';

export interface BoardColumnSpec {
  id: LoopStatus | 'closed';
  statuses: readonly LoopStatus[];
}

export const CLOSED_STATUSES: readonly LoopStatus[] = ['rejected', 'withdrawn', 'declined', 'accepted'];

export const COLUMNS: readonly BoardColumnSpec[] = [
  { id: 'applied', statuses: ['applied'] },
  { id: 'screening', statuses: ['screening'] },
  { id: 'interviewing', statuses: ['interviewing'] },
  { id: 'final-round', statuses: ['final-round'] },
  { id: 'offer', statuses: ['offer'] },
  { id: 'closed', statuses: CLOSED_STATUSES },
];

/** The statuses of the open columns (read at once; the closed column reads its own when opened). */
export const OPEN_STATUSES: readonly LoopStatus[] = COLUMNS.filter((c) => c.id !== 'closed').flatMap(
  (c) => c.statuses,
);

export function columnOf(status: LoopStatus): BoardColumnSpec {
  return COLUMNS.find((column) => column.statuses.includes(status)) as BoardColumnSpec;
}

/** The column left (-1) or right (+1) of the loop's, if there is one. */
export function neighbour(status: LoopStatus, step: -1 | 1): BoardColumnSpec | undefined {
  return COLUMNS[COLUMNS.indexOf(columnOf(status)) + step];
}

/** "Dana Hill" → "DH", "Zoë" → "Z", "Jean-Luc van Damme" → "JD": first and last word's first letter. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return '';
  const last = words.length > 1 ? words.at(-1) : undefined;
  const letter = (word: string) => Array.from(word)[0]?.toLocaleUpperCase() ?? '';
  return letter(first) + (last ? letter(last) : '');
}
