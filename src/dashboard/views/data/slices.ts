/**
 * Long work on the page, cut into slices of a few milliseconds with a yield to the browser between
 * them, so it can draw (progress, a spinner) and answer clicks: no frame is held for long.
 */

/** How long one slice may run before the page gets a turn. */
const SLICE_MS = 40;

/** Gives the browser a turn: a task boundary (scheduler.yield where there is one). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * `work` on each item in order, yielding between slices; `onProgress` hears how many are done.
 * Returns the results in the items' order.
 */
export async function mapInSlices<T, R>(
  items: readonly T[],
  work: (item: T) => R,
  onProgress?: (done: number, total: number) => void,
): Promise<R[]> {
  const results: R[] = [];
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    results.push(work(items[i] as T));
    if (performance.now() - sliceStart > SLICE_MS) {
      onProgress?.(i + 1, items.length);
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  onProgress?.(items.length, items.length);
  return results;
}
