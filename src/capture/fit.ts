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
  let sent = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(content.getBoundingClientRect().height) + BORDERS;
    if (height === sent || height <= BORDERS) return;
    sent = height;
    send('capture-resize', { height }).catch(() => undefined);
  }).observe(content);
}
