/**
 * The panel's frame is as tall as what it shows (up to the window's height, past which it scrolls):
 * the panel measures itself and asks the worker to tell its tab's content script, which sizes the frame.
 * Only a number crosses to the content script, never the panel's contents.
 */
import { send } from '../messages';

/** The body's top and bottom borders, drawn around the content. */
const BORDERS = 2;

export function fitFrameTo(content: HTMLElement): void {
  if (window.top === window) return; // opened in a tab of its own: nothing to fit
  showTopWhenGrown(document.body);
  let sent = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(content.getBoundingClientRect().height) + BORDERS;
    if (height === sent || height <= BORDERS) return;
    sent = height;
    send('capture-resize', { height }).catch(() => undefined);
  }).observe(content);
}

/**
 * The first field takes the focus while the frame still has its first, small height, and the body
 * scrolls to it; when the frame then grows (but, in a short window, not enough for the whole panel) the
 * scroll would stay and hide the panel's heading. So each time the frame grows, the panel is shown from
 * its top again, unless that would put the focused field out of sight.
 */
function showTopWhenGrown(scroller: HTMLElement): void {
  let height = window.innerHeight;
  addEventListener('resize', () => {
    const grew = window.innerHeight > height;
    height = window.innerHeight;
    if (!grew || scroller.scrollTop === 0) return;
    const focused = document.activeElement;
    const bottom = focused ? focused.getBoundingClientRect().bottom + scroller.scrollTop : 0;
    if (bottom <= scroller.clientHeight) scroller.scrollTop = 0;
  });
}
