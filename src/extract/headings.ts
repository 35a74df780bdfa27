/**
 * Last resort: a visible heading that reads as a person's name and that the page corroborates (it is the
 * meta author, the first segment of the title, or the page's own URL slug). Headings right after it give
 * the title and the company, as author and speaker pages lay them out. Uncorroborated headings — article
 * headlines, product names, section titles — never become a subject.
 */
import { cleanName, looksLikeName, makePerson, nameKey } from './clean';
import { attr, type PageIndex, textOf } from './dom';
import { extractJsonLd } from './jsonld';
import { metaHints } from './meta';
import type { SourceResult } from './types';

function slugKey(url: URL): string {
  const segs = url.pathname.split('/').filter(Boolean);
  let last = segs[segs.length - 1] ?? '';
  try {
    last = decodeURIComponent(last);
  } catch {
    // keep the raw segment
  }
  return nameKey(last.replace(/\.\w+$/, '').replace(/[-_.+]+/g, ' '));
}

function hidden(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    attr(el, 'aria-hidden') === 'true' ||
    /display:\s*none/i.test(attr(el, 'style'))
  );
}

export function extractHeadings(ix: PageIndex): SourceResult | null {
  const hints = metaHints(ix);
  const keys = new Set([nameKey(hints.author), nameKey(hints.titleHead), slugKey(ix.url)].filter(Boolean));
  // A company's own name in its heading ("Acme Widgets | Acme") is not a person.
  const org = extractJsonLd(ix)?.company?.name;
  for (const notPerson of [hints.siteName, org ?? '']) keys.delete(nameKey(notPerson));
  let seen = 0;
  for (const h of ix.els) {
    if (!/^h[1-3]$/.test(h.localName) || hidden(h)) continue;
    if (++seen > 40) break;
    const name = cleanName(textOf(h, 200));
    if (!looksLikeName(name) || !keys.has(nameKey(name))) continue;
    const next: string[] = [];
    for (let s = h.nextElementSibling; s && next.length < 2; s = s.nextElementSibling) {
      if (!/^h[2-6]$/.test(s.localName)) break;
      next.push(textOf(s, 300));
    }
    const own = nameKey(name) === slugKey(ix.url) ? ix.url.href : '';
    const subject = makePerson({ name, title: next[0], company: next[1], profileUrl: own });
    if (subject) return { subject };
  }
  return null;
}
