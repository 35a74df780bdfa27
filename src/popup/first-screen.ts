/**
 * The popup's first frame draws only the rows a popup shows at once; the rest of the page (up to ten
 * a section) follows in the task after that frame is painted, below the fold. Drawing all thirty rows
 * with their menus before the first paint cost more script and layout than opening an empty page
 * (`npm run bench`), for rows no one sees before scrolling.
 */
import type { Section, SectionName } from './load';

/**
 * Rows that fill the popup's first screen and a little more: a compact row is about 46 px tall, a
 * loop's header about 30 and a section's 24, the popup at most 600 px — ten rows in two or three
 * groups fill it.
 */
export const FIRST_SCREEN_ROWS = 10;

/** How many rows of each section the first frame draws: the first `budget`, in the order shown (order.ts). */
export function firstScreenLimits(
  sections: Section[],
  budget = FIRST_SCREEN_ROWS,
): Record<SectionName, number> {
  const limits = { overdue: 0, today: 0, upcoming: 0 };
  let left = budget;
  for (const section of sections) {
    limits[section.name] = Math.min(section.rows.length, left);
    left -= limits[section.name];
  }
  return limits;
}
