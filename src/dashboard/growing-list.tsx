/**
 * Long dashboard lists (People, Agenda) draw only the rows that have come near the screen: the first
 * screenful and a margin, then another page each time the end of what is drawn comes within a screen
 * of the viewport (scrolling, or Tab moving focus down the list). Drawing all 10,000 people of years
 * of job search before the first frame took seconds; a page of rows takes a few milliseconds.
 *
 * The list stays an ordinary list for assistive technology: each drawn item says its place in the
 * whole (aria-posinset / aria-setsize), and the end marker is hidden from it. What is not drawn yet
 * cannot be found with the browser's find-in-page — the views' own search box searches everything.
 */
import { useEffect, useState } from 'preact/hooks';

/** Rows drawn at first and added per step: more than a tall window shows at once. */
export const GROWING_PAGE = 40;

/**
 * How many of `total` rows to draw, growing by a page as `marker` (placed after the last drawn row)
 * nears the viewport; back to one page whenever `resetKey` changes (a new search or filter).
 */
export function useGrowingCount(total: number, resetKey: unknown) {
  const [count, setCount] = useState(GROWING_PAGE);
  // A callback ref: the marker may come later than the count (the agenda draws a row only once what
  // it names is read), and observing starts when it does.
  const [element, marker] = useState<HTMLLIElement | null>(null);
  useEffect(() => setCount(GROWING_PAGE), [resetKey]);
  const drawn = Math.min(count, total);
  useEffect(() => {
    if (!element || drawn >= total) return;
    if (typeof IntersectionObserver === 'undefined') {
      setCount(total);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setCount((current) => current + GROWING_PAGE);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, drawn, total]);
  return { drawn, marker };
}

/** The end marker of a growing list: an empty item, hidden from assistive technology. */
export function GrowingMarker({
  marker,
  more,
}: {
  marker: (element: HTMLLIElement | null) => void;
  more: boolean;
}) {
  return more ? <li ref={marker} class="growing-marker" aria-hidden="true" /> : null;
}
