/** Types for check-sizes.mjs (plain JavaScript so `npm test` runs it with node alone). */
export const BUDGETS_KB: { popup: number; content: number; dashboard: number };
export interface Bundle {
  files: { file: string; gzipBytes: number }[];
  /** null when the build has no such bundle. */
  gzKB: number | null;
}
export function closure(dist: string, entries: string[]): string[];
export function measureBundles(dist: string): { popup: Bundle; content: Bundle; dashboard: Bundle };
