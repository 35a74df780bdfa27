/** Types for check-sizes.mjs (plain JavaScript so `npm test` runs it with node alone). */
export const BUDGETS_KB: { popup: number; content: number; dashboard: number; workers: number };
export interface Bundle {
  files: { file: string; gzipBytes: number }[];
  /** null when the build has no such bundle. */
  gzKB: number | null;
}
/** `workers` collects the Web Workers met on the way (they are not followed). */
export function closure(dist: string, entries: string[], workers?: Set<string>): string[];
export function measureBundles(dist: string): {
  popup: Bundle;
  content: Bundle;
  dashboard: Bundle;
  workers: Bundle;
};
