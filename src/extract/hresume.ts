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

interface Vocabulary {
  contact: string;
  card: string;
  name: string[];
  title: string[];
  org: string[];
  experience: string;
  end: string;
  url: string;
  email: string;
  locality: string;
}

const V2: Vocabulary = {
  contact: 'p-contact',
  card: 'h-card',
  name: ['p-name'],
  title: ['p-job-title', 'p-title', 'p-role'],
  org: ['p-org'],
  experience: 'p-experience',
  end: 'dt-end',
  url: 'u-url',
  email: 'u-email',
  locality: 'p-locality',
};

const V1: Vocabulary = {
  contact: 'contact',
  card: 'vcard',
  name: ['fn'],
  title: ['title'],
  org: ['org'],
  experience: 'experience',
  end: 'dtend',
  url: 'url',
  email: 'email',
  locality: 'locality',
};

function first(ix: PageIndex, root: Element, classes: string[], not: string[] = []): string {
  const el = find(ix, root, (e) => classes.some((c) => hasClass(e, c)) && !not.some((c) => hasClass(e, c)));
  return el ? textOf(el, 300) : '';
}

/** The entry the person holds now: the first with no end date, or one that runs to "present". */
function currentEntry(ix: PageIndex, root: Element, v: Vocabulary): Element | null {
  const entries = findAll(ix, root, (e) => hasClass(e, v.experience), 30);
  return (
    entries.find((e) => {
      const end = find(ix, e, (x) => hasClass(x, v.end));
      return end ? isCurrent(textOf(end, 60)) : isCurrent(textOf(e, 400)) || !/\d{4}/.test(textOf(e, 400));
    }) ?? null
  );
}

export function extractHResume(ix: PageIndex): SourceResult | null {
  const root = ix.cls('h-resume')[0] ?? ix.cls('hresume')[0];
  if (!root) return null;
  const v = hasClass(root, 'h-resume') ? V2 : V1;
  const contact = find(ix, root, (e) => hasClass(e, v.contact) && hasClass(e, v.card));
  // The résumé's own name (mf2 `p-name` on the h-resume) or its contact card's.
  const own = find(ix, root, (e) => hasClass(e, 'p-name') && !e.parentElement?.closest('.h-card, .h-event'));
  const name =
    (contact && first(ix, contact, v.name)) ||
    (own && textOf(own, 200)) ||
    (contact
      ? [
          first(ix, contact, ['given-name', 'p-given-name']),
          first(ix, contact, ['family-name', 'p-family-name']),
        ].join(' ')
      : '');
  const job = currentEntry(ix, root, v);
  const org = job && find(ix, job, (e) => v.org.some((c) => hasClass(e, c)));
  const title = job ? first(ix, job, v.title, v.org) : '';
  const link = contact && find(ix, contact, (e) => hasClass(e, v.url));
  const mail = contact && find(ix, contact, (e) => hasClass(e, v.email));
  const subject = makePerson({
    name,
    title: title || (contact ? first(ix, contact, v.title) : ''),
    company: org ? textOf(org, 200) : '',
    location: contact
      ? [v.locality, v === V2 ? 'p-country-name' : 'country-name']
          .map((c) => first(ix, contact, [c]))
          .filter(Boolean)
          .join(', ')
      : '',
    profileUrl: link ? absUrl(ix, attr(link, 'href')) : '',
    email: mail ? attr(mail, 'href') || textOf(mail, 254) : '',
  });
  return subject ? { subject } : null;
}
