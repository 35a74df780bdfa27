/**
 * The content script: one self-contained file, declared on LinkedIn and GitHub (for the profile button)
 * and injected anywhere else the user asks for it (through `activeTab` + `scripting`: "Add interviewer",
 * the shortcut, the popup). It leaves a small API in the extension's isolated world — invisible to the
 * page's own scripts — that the worker calls (see background/capture.ts): `start` opens the capture
 * panel for what the click pointed at; `peek` says what the page shows, for the popup's "Save <name>".
 */
import { isGitHubHost, isLinkedInHost } from '../domain/urls';
import { watchProfilePages } from './profile-button';
import { recognise, summarise } from './recognise';
import { startCapture } from './start';

const scope = globalThis as { loopkeeperCapture?: unknown };

// Declared and injected alike, and injected again on every click: set up once per page.
if (!scope.loopkeeperCapture) {
  scope.loopkeeperCapture = {
    start: startCapture,
    peek: () => summarise(recognise(document, location.href, { via: 'page' })),
  };
  if (isLinkedInHost(location.hostname) || isGitHubHost(location.hostname)) watchProfilePages();
}
