/**
 * OpenGraph and <title> metadata. On its own it names a subject only for pages that declare themselves a
 * profile (`og:type=profile`); otherwise it supplies the hints other sources are checked against: the
 * meta author, the first segment of the title, and the site's name.
 */
import { clean, makePerson } from './clean';
import { attr, type PageIndex, textOf } from './dom';
import type { SourceResult } from './types';

export interface MetaHints {
  ogType: string;
  author: string;
  /** The title's first segment, before " | ", " - ", " – " or " · ". */
  titleHead: string;
  /** og:site_name, else the title's last segment. */
  siteName: string;
  ogUrl: string;
}

export function metaContent(ix: PageIndex, key: string): string {
  for (const m of ix.tag('meta')) {
    if (attr(m, 'property') === key || attr(m, 'name') === key) return clean(attr(m, 'content'), 1000);
  }
  return '';
}

const SEP = /\s+[|–—·-]\s+/;

function pageTitle(ix: PageIndex): string {
  const head = ix.tag('title')[0];
  return clean(metaContent(ix, 'og:title') || textOf(head ?? null, 500), 500);
}

export function metaHints(ix: PageIndex): MetaHints {
  const title = clean(textOf(ix.tag('title')[0] ?? null, 500), 500);
  const parts = title.split(SEP);
  return {
    ogType: metaContent(ix, 'og:type').toLowerCase(),
    author: metaContent(ix, 'author'),
    titleHead: (parts[0] ?? '').replace(/^\(\d+\+?\)\s*/, ''),
    siteName: metaContent(ix, 'og:site_name') || (parts.length > 1 ? (parts[parts.length - 1] ?? '') : ''),
    ogUrl: metaContent(ix, 'og:url'),
  };
}

export function extractMeta(ix: PageIndex): SourceResult | null {
  const hints = metaHints(ix);
  const first = metaContent(ix, 'profile:first_name');
  const last = metaContent(ix, 'profile:last_name');
  if (hints.ogType !== 'profile' && !(first && last)) return null;
  const title = pageTitle(ix);
  // "login (Full Name)" (GitHub) or "Name - Headline - Company | Site".
  const paren = /^\S+\s+\(([^()]+)\)/.exec(title)?.[1];
  const parts = title.replace(/\s+\|\s+[^|]*$/, '').split(/\s+-\s+/);
  const name = first && last ? `${first} ${last}` : (paren ?? parts[0]);
  const subject = makePerson({
    name,
    title: !paren && parts.length === 3 ? parts[1] : '',
    company: !paren && parts.length === 3 ? parts[2] : '',
    profileUrl: hints.ogUrl,
  });
  return subject ? { subject } : null;
}
