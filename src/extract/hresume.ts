/**
 * Microformats résumés: `h-resume` (microformats2) and `hresume` (microformats 1, as on personal CV pages
 * and LinkedIn's 2010–2013 public profiles). The résumé's contact card names the person; the *current*
 * experience entry — an `h-event`/`vevent` with no end date, or one whose dates run to "present" — gives
 * the job title and, through its organisation card, the company. Education, affiliations and past jobs
 * never do, whichever comes first on the page.
 */
import { makePerson } from './clean';
import { absUrl, attr, find, findAll, hasClass, type PageIndex, textOf } from './dom';
import { isCurrent } from './experience';
import type { SourceResult } from './types';

/**
 * Class names of both vocabularies, since pages mix them (an mf2 `h-resume` around an mf1 `vcard`).
 */
const V = {
  contact: ['p-contact', 'contact'],
  card: ['h-card', 'vcard'],
  name: ['p-name', 'fn'],
  title: ['p-job-title', 'p-title', 'p-role', 'title'],
  org: ['p-org', 'org'],
  experience: ['p-experience', 'experience'],
  end: ['dt-end', 'dtend'],
  url: ['u-url', 'url'],
  email: ['u-email', 'email'],
  place: ['p-locality', 'locality', 'p-country-name', 'country-name'],
};

const any = (e: Element, classes: string[]) => classes.some((c) => hasClass(e, c));

function first(ix: PageIndex, root: Element, classes: string[], not: string[] = []): string {
  const el = find(ix, root, (e) => any(e, classes) && !any(e, not));
  return el ? textOf(el, 300) : '';
}

/** The entry the person holds now: the first with no end date, or one that runs to "present". */
function currentEntry(ix: PageIndex, root: Element): Element | null {
  const entries = findAll(ix, root, (e) => any(e, V.experience), 30);
  return (
    entries.find((e) => {
      const end = find(ix, e, (x) => any(x, V.end));
      return end ? isCurrent(textOf(end, 60)) : isCurrent(textOf(e, 400)) || !/\d{4}/.test(textOf(e, 400));
    }) ?? null
  );
}

export function extractHResume(ix: PageIndex): SourceResult | null {
  const root = ix.cls('h-resume')[0] ?? ix.cls('hresume')[0];
  if (!root) return null;
  const contact = find(ix, root, (e) => any(e, V.contact) && any(e, V.card));
  // The résumé's own name (mf2 `p-name` on the h-resume itself) or its contact card's.
  const own = find(
    ix,
    root,
    (e) => hasClass(e, 'p-name') && !e.parentElement?.closest('.h-card, .h-event, .vcard'),
  );
  const given = contact
    ? [
        first(ix, contact, ['given-name', 'p-given-name']),
        first(ix, contact, ['family-name', 'p-family-name']),
      ]
    : [];
  const name = (contact && first(ix, contact, V.name)) || (own && textOf(own, 200)) || given.join(' ');
  const job = currentEntry(ix, root);
  const org = job && find(ix, job, (e) => any(e, V.org));
  const link = contact && find(ix, contact, (e) => any(e, V.url));
  const mail = contact && find(ix, contact, (e) => any(e, V.email));
  const place = contact ? findAll(ix, contact, (e) => any(e, V.place), 3).map((e) => textOf(e, 100)) : [];
  const subject = makePerson({
    name,
    title: (job && first(ix, job, V.title, V.org)) || (contact ? first(ix, contact, V.title) : ''),
    company: org ? textOf(org, 200) : '',
    location: place.filter(Boolean).join(', '),
    profileUrl: link ? absUrl(ix, attr(link, 'href')) : '',
    email: mail ? attr(mail, 'href') || textOf(mail, 254) : '',
  });
  return subject ? { subject } : null;
}
