/**
 * GitHub user profiles, 2012 to today. A page is a profile only when its path is a single login segment
 * and the profile's own markup (vcard / h-card / Person item) is there, so repository, organisation and
 * settings pages never yield a person. The logged-in viewer lives in the header and is never read.
 */
import { canonicalProfileUrl, isGitHubHost } from '../domain/urls';
import { cleanEmail, makePerson } from './clean';
import { attr, find, findAll, hasClass, type PageIndex, textOf } from './dom';
import type { SourceResult } from './types';

const RESERVED = new Set(
  (
    'about features pricing login join logout sessions settings explore topics trending marketplace orgs ' +
    'organizations notifications issues pulls search site contact security enterprise team teams sponsors ' +
    'collections events apps new codespaces readme customer-stories'
  ).split(' '),
);

function one(ix: PageIndex, cls: string): Element | null {
  return ix.cls(cls)[0] ?? null;
}

/** The element holding the profile's sidebar: the h-card, the Person item, or the 2012 vcard. */
function profileRoot(ix: PageIndex): Element | null {
  const person = ix.els.find((e) => /schema\.org\/Person$/i.test(attr(e, 'itemtype')));
  return one(ix, 'h-card') ?? person ?? one(ix, 'vcard') ?? null;
}

function prop(ix: PageIndex, root: Element, itemprop: string, cls: string): Element | null {
  return find(ix, root, (e) => hasClass(e, cls) || attr(e, 'itemprop').split(/\s+/).includes(itemprop));
}

export function extractGitHub(ix: PageIndex): SourceResult | null {
  if (!isGitHubHost(ix.url.hostname)) return null;
  const login = /^\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/?$/.exec(ix.url.pathname)?.[1];
  if (!login || RESERVED.has(login.toLowerCase())) return null;
  const root = profileRoot(ix);
  if (!root) return null;
  const nameEl = prop(ix, root, 'name', 'vcard-fullname') ?? prop(ix, root, 'name', 'p-name');
  let name = textOf(nameEl, 300);
  if (!name) {
    // 2012: "<h1>login (Full Name)</h1>"; an account without a display name is known by its login.
    const h1 = textOf(ix.tag('h1')[0] ?? null, 300);
    name = /^\S+\s+\((.+)\)$/.exec(h1)?.[1] ?? login;
  }
  const loginEl = prop(ix, root, 'additionalName', 'vcard-username');
  if (loginEl && textOf(loginEl, 100).toLowerCase() !== login.toLowerCase()) return null;
  const bio = one(ix, 'user-profile-bio') ?? prop(ix, root, 'description', 'p-note');
  const worksFor = prop(ix, root, 'worksFor', 'p-org');
  const home = prop(ix, root, 'homeLocation', 'p-label');
  const emailEl = prop(ix, root, 'email', 'u-email');
  const mail = emailEl
    ? (emailEl.localName === 'a' ? [emailEl] : findAll(ix, emailEl, (e) => e.localName === 'a', 3))
        .map((a) => cleanEmail(attr(a, 'href')))
        .find(Boolean)
    : '';
  const subject = makePerson({
    name,
    title: textOf(bio, 300),
    company: textOf(worksFor, 200).replace(/^@/, ''),
    location: textOf(home, 200),
    profileUrl: canonicalProfileUrl(`https://github.com/${login}`),
    email: mail || (emailEl ? textOf(emailEl, 254) : ''),
  });
  return subject ? { subject } : null;
}
