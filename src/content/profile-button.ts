/**
 * Declared content script on LinkedIn and GitHub: a small "Save to Loopkeeper" button on profile and
 * company pages, and for a person already saved, the "already saved" note — in an extension frame, as
 * this script never learns the user's data (the worker answers only yes/no and a token). Follows
 * LinkedIn's in-page navigation: the address changes without a reload, so a cheap observer notices the
 * change and the page is read again once its content has settled.
 */
import { canonicalProfileUrl, isGitHubHost, isLinkedInHost, profileKey } from '../domain/urls';
import { send } from '../messages';
import { closeFrame, dock, openFrame } from './frame';
import { recognise } from './recognise';
import { message } from './runtime';
import { startCapture } from './start';

/** GitHub's own top-level pages, which look like /<login> but are not profiles. */
const GITHUB_PAGES = new Set(
  'about apps codespaces collections contact customer-stories dashboard enterprise events explore features login join marketplace new notifications orgs organizations pricing pulls issues readme search security settings site sponsors team topics trending'.split(
    ' ',
  ),
);

/** 'person' or 'company' when the address is a profile or company page Loopkeeper offers to save. */
export function profilePageKind(url: string): 'person' | 'company' | null {
  if (!URL.canParse(url)) return null;
  const { hostname, pathname } = new URL(url);
  if (isLinkedInHost(hostname)) {
    if (/^\/in\/[^/]+\/?$/.test(pathname)) return 'person';
    if (/^\/company\/[^/]+\/?$/.test(pathname)) return 'company';
    return null;
  }
  const login = /^\/([A-Za-z0-9-]{1,39})\/?$/.exec(pathname)?.[1];
  if (isGitHubHost(hostname) && login && !GITHUB_PAGES.has(login.toLowerCase())) return 'person';
  return null;
}

let button: HTMLButtonElement | null = null;
let shownFor = '';

function showButton(): void {
  if (button?.isConnected) return;
  button = document.createElement('button');
  button.type = 'button';
  button.textContent = message('capture_button_save');
  button.addEventListener('click', () => {
    startCapture({ via: 'button' }).catch((error: unknown) =>
      console.warn('Loopkeeper could not open.', error),
    );
  });
  dock().append(button);
}

function hide(): void {
  button?.remove();
  button = null;
  closeFrame('note');
  shownFor = '';
}

/** Reads the page; false when it has not settled yet (worth another look after more changes). */
async function evaluate(): Promise<boolean> {
  const url = location.href;
  const kind = profilePageKind(url);
  if (!kind) {
    hide();
    return true;
  }
  if (shownFor === url) return true;
  const capture = recognise(document, url, { via: 'button' });
  const subject = kind === 'person' ? (capture.subject ?? capture.people[0]) : null;
  // After an in-page navigation the old profile may still be on screen: wait for the new one.
  if (subject?.profileUrl && profileKey(subject.profileUrl) !== profileKey(url)) return false;
  if (kind === 'person' ? !subject : !capture.company) return false;
  const status = await send('profile-status', {
    profileUrl: kind === 'person' ? (subject?.profileUrl ?? canonicalProfileUrl(url)) : '',
  });
  if (location.href !== url) return false;
  if (!status.show) {
    hide();
    return true;
  }
  shownFor = url;
  showButton();
  if (status.noteToken) openFrame('note', status.noteToken);
  else closeFrame('note');
  return true;
}

const SETTLE_MS = 400;
const MAX_TRIES = 8;
let timer: ReturnType<typeof setTimeout> | undefined;
let settledUrl = '';
let tries = 0;
/** A reading is waiting for the worker: a second one would ask again and open a second note frame. */
let reading = false;

/** Debounced: runs once the page has been quiet for a moment, and only while the address is unread. */
function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (reading) return schedule();
    reading = true;
    const url = location.href;
    void evaluate()
      .then((done) => {
        tries += 1;
        if (done || tries >= MAX_TRIES) settledUrl = url;
      })
      .catch((error: unknown) => {
        // The worker is unavailable (the extension is reloading): try again on the next navigation.
        console.warn('Loopkeeper could not check this page.', error);
        settledUrl = url;
      })
      .finally(() => {
        reading = false;
      });
  }, SETTLE_MS);
}

let lastSeen = '';

function onChange(): void {
  const url = location.href;
  if (url !== lastSeen) {
    // A new address: the note about the previous person must not linger while the page changes.
    lastSeen = url;
    tries = 0;
    if (shownFor && shownFor !== url) closeFrame('note');
  }
  if (url !== settledUrl) schedule();
}

/** Shows the button on profile pages, and follows in-page navigation to the next one. */
export function watchProfilePages(): void {
  new MutationObserver(onChange).observe(document, { childList: true, subtree: true });
  window.addEventListener('popstate', onChange);
  onChange();
}
