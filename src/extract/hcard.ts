/**
 * Microformats: classic `vcard` (hCard 1, as on 2013–2016 LinkedIn and Wikipedia infoboxes) and `h-card`
 * (microformats2, as on GitHub). The first top-level person card is the subject; cards nested inside it
 * (an emergency contact, a `p-org h-card`) are its properties, never people of their own, and
 * organisation cards (`fn org`) and cards in comment or review threads are skipped.
 */
import { makePerson } from './clean';
import { absUrl, attr, findAll, hasClass, type PageIndex, textOf } from './dom';
import type { SourceResult } from './types';

const ROOT = '.vcard, .h-card';

function owner(el: Element): Element | null {
  return el.parentElement?.closest(ROOT) ?? null;
}

/** Elements carrying one of `classes` that belong to `root` (not to a card nested in it). */
function props(ix: PageIndex, root: Element, classes: string[]): Element[] {
  return findAll(ix, root, (e) => classes.some((c) => hasClass(e, c)) && owner(e) === root, 40);
}

function text(ix: PageIndex, root: Element, ...classes: string[]): string {
  for (const el of props(ix, root, classes)) {
    const t = el.localName === 'img' || el.localName === 'area' ? attr(el, 'alt') : textOf(el, 400);
    if (t) return t;
  }
  return '';
}

function url(ix: PageIndex, root: Element, classes: string[]): string {
  for (const el of props(ix, root, classes)) {
    const href = attr(el, 'href') || attr(el, 'src');
    if (href) return absUrl(ix, href);
    const t = textOf(el, 500);
    if (/^https?:\/\//i.test(t)) return t;
  }
  return '';
}

function location(ix: PageIndex, root: Element, v2: boolean): string {
  const label = v2 ? text(ix, root, 'p-label') : '';
  if (label) return label;
  const parts = [
    text(ix, root, v2 ? 'p-locality' : 'locality'),
    text(ix, root, v2 ? 'p-region' : 'region'),
    text(ix, root, v2 ? 'p-country-name' : 'country-name'),
  ];
  let adr = parts.filter(Boolean).join(', ');
  if (!adr) {
    // The address may be its own nested card-like block (`adr` / `p-adr h-adr`): read its parts directly.
    const block = props(ix, root, [v2 ? 'p-adr' : 'adr'])[0];
    if (block) {
      const sub = (c: string) => textOf(findAll(ix, block, (e) => hasClass(e, c), 1)[0] ?? null);
      adr = [
        sub(v2 ? 'p-locality' : 'locality'),
        sub(v2 ? 'p-region' : 'region'),
        sub(v2 ? 'p-country-name' : 'country-name'),
      ]
        .filter(Boolean)
        .join(', ');
    }
  }
  return adr;
}

function email(ix: PageIndex, root: Element, v2: boolean): string {
  for (const el of props(ix, root, [v2 ? 'u-email' : 'email'])) {
    const href = attr(el, 'href');
    const v = href || textOf(el);
    if (v) return v;
  }
  return '';
}

export function extractHCard(ix: PageIndex): SourceResult | null {
  const roots = [...ix.cls('vcard'), ...ix.cls('h-card')];
  roots.sort((a, b) => (ix.pos.get(a) ?? 0) - (ix.pos.get(b) ?? 0));
  for (const root of roots.slice(0, 200)) {
    ix.check();
    if (owner(root) || root.closest('[class*="comment"], [id*="comment"], [class*="review"]')) continue;
    const v2 = hasClass(root, 'h-card');
    const fn = props(ix, root, [v2 ? 'p-name' : 'fn'])[0];
    if (!v2 && fn && hasClass(fn, 'org')) continue; // an organisation's card
    let name = fn ? textOf(fn, 400) : '';
    if (!name && !v2)
      name = [text(ix, root, 'given-name'), text(ix, root, 'family-name')].filter(Boolean).join(' ');
    if (!name && v2 && !findAll(ix, root, (e) => /(^|\s)[pue]-/.test(attr(e, 'class')), 1).length) {
      name = textOf(root, 200); // an h-card with no properties is its own name
    }
    const subject = makePerson({
      name,
      title: text(ix, root, v2 ? 'p-job-title' : 'title'),
      company: text(ix, root, v2 ? 'p-org' : 'org'),
      location: location(ix, root, v2),
      profileUrl: url(ix, root, [v2 ? 'u-url' : 'url']),
      email: email(ix, root, v2),
    });
    if (subject) return { subject };
  }
  return null;
}
