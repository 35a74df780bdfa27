import { useEffect } from 'preact/hooks';

export const BOARD_DRAWN_MARK = 'loopkeeper:board-drawn';
export const INSIGHTS_DRAWN_MARK = 'loopkeeper:insights-drawn';

/**
 * Sets the performance mark `name` once, the frame after a view first drew its data: the moment
 * `npm run bench:board` times against an empty extension page (as the popup's list-drawn mark).
 */
export function useDrawnMark(name: string, ready: boolean): void {
  useEffect(() => {
    if (!ready || performance.getEntriesByName(name).length) return;
    requestAnimationFrame(() => performance.mark(name));
  }, [ready]);
}
