/**
 * The one element Loopkeeper adds to a web page: a host with a closed shadow root holding the capture
 * panel's frame, the "already saved" note's frame and the profile button. The frames are extension
 * pages (web-accessible with `use_dynamic_url`), so the page can neither read what they show nor
 * guess their address; this script only creates, positions and removes them and never puts the
 * user's data into the page. Both content scripts (the declared profile button and the on-request
 * capture script) share the one host through the isolated world's global.
 */
import type { ToContent } from '../messages';
import { extensionApi } from './runtime';

export type FrameKind = 'panel' | 'note';

const PAGES: Record<FrameKind, string> = { panel: 'src/capture/index.html', note: 'src/capture/note.html' };

const STYLE = `
:host { all: initial !important; }
iframe { position: fixed; border: 0; background: transparent; color-scheme: light dark; }
iframe.panel { top: 12px; right: 12px; width: min(440px, calc(100vw - 24px));
  height: 240px; max-height: calc(100vh - 24px); border-radius: 10px;
  box-shadow: 0 8px 32px rgba(0, 0, 0, 0.35); z-index: 2; }
.dock { position: fixed; right: 16px; bottom: 16px; display: flex; flex-direction: column;
  align-items: flex-end; gap: 6px; z-index: 1; }
iframe.note { position: static; width: 340px; max-width: calc(100vw - 32px); height: 52px;
  border-radius: 8px; box-shadow: 0 2px 10px rgba(0, 0, 0, 0.25); }
button { font: 600 13px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: #fff; background: #1f4e79; border: 1px solid #163a5b; border-radius: 16px;
  padding: 6px 12px; cursor: pointer; opacity: 0.9; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.25); }
button:hover, button:focus-visible { opacity: 1; }
button:focus-visible { outline: 2px solid #2f7ed8; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  button { color: #0d1620; background: #7fb2e5; border-color: #a9cdf0; }
  button:focus-visible { outline-color: #8cc2ff; }
}`;

interface FrameState {
  host: HTMLElement;
  root: ShadowRoot;
  dock: HTMLElement;
  frames: Partial<Record<FrameKind, HTMLIFrameElement>>;
  /** Where focus was before the panel took it, to give it back on close. */
  returnFocus: Element | null;
}

const scope = globalThis as { loopkeeperFrames?: FrameState };

function state(): FrameState {
  if (scope.loopkeeperFrames?.host.isConnected) return scope.loopkeeperFrames;
  const first = !scope.loopkeeperFrames;
  const host = document.createElement('div');
  host.style.setProperty('all', 'initial', 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const dock = document.createElement('div');
  dock.className = 'dock';
  root.append(style, dock);
  document.documentElement.append(host);
  scope.loopkeeperFrames = { host, root, dock, frames: {}, returnFocus: null };
  if (first) listen();
  return scope.loopkeeperFrames;
}

function listen(): void {
  extensionApi().runtime.onMessage.addListener((message) => {
    const m = message as Partial<ToContent> | null;
    if (m?.type === 'loopkeeper-close-frame' && (m.frame === 'panel' || m.frame === 'note'))
      closeFrame(m.frame);
    // The panel's own height, as it measured it; the style caps it to the window.
    if (m?.type === 'loopkeeper-size-panel' && Number.isInteger(m.height))
      scope.loopkeeperFrames?.frames.panel?.style.setProperty('height', `${m.height}px`);
  });
  // Escape while focus is still on the page closes the panel too.
  window.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && scope.loopkeeperFrames?.frames.panel) closeFrame('panel');
  });
}

/** Opens (or replaces) a frame showing the extension page for `token`. The panel takes focus. */
export function openFrame(kind: FrameKind, token: string): void {
  const s = state();
  s.frames[kind]?.remove();
  const frame = document.createElement('iframe');
  frame.className = kind;
  frame.title = 'Loopkeeper';
  frame.src = `${extensionApi().runtime.getURL(PAGES[kind])}#${token}`;
  s.frames[kind] = frame;
  if (kind === 'note') {
    s.dock.prepend(frame);
    return;
  }
  s.returnFocus = document.activeElement;
  s.root.append(frame);
  frame.addEventListener('load', () => frame.focus(), { once: true });
  frame.focus();
}

export function closeFrame(kind: FrameKind): void {
  const s = scope.loopkeeperFrames;
  const frame = s?.frames[kind];
  if (!s || !frame) return;
  frame.remove();
  delete s.frames[kind];
  if (kind === 'panel' && s.returnFocus instanceof HTMLElement) s.returnFocus.focus();
}

/** The dock at the bottom right, where the profile button sits under the note. */
export function dock(): HTMLElement {
  return state().dock;
}
