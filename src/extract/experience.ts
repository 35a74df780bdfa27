/**
 * A visible "Experience" section, read by its dates: the entry whose dates run to "present" (or that
 * has a start and no end) is the current position, wherever it sits — after education, after an
 * academic post, below older jobs. Gives the page owner's current title and company, never a name:
 * it only completes the subject another rule found.
 */
import { cleanCompany, cleanTitle } from './clean';
import { findAll, type PageIndex, textOf } from './dom';
import { splitRole } from './lists';
import type { Position, SourceResult } from './types';

const SECTION =
  /^(?:(?:work|professional|employment)\s+)?(?:experience|history)$|^employment(?:\s+history)?$|^career$|^berufserfahrung$|^exp[ée]riences?(?:\s+professionnelles?)?$|^experiencia(?:\s+(?:laboral|profesional))?$/i;
const PRESENT =
  /\b(?:present|current|now|today|heute|aktuell|jetzt|aujourd['’]hui|actuel(?:le)?|presente|actual(?:idad)?)\b/i;
const RANGE =
  /(?:\b(?:19|20)\d{2}\b|\b[a-zäéû]{3,9}\.?\s+(?:19|20)\d{2}\b)\s*(?:[-–—]|to|bis|à|a|until)\s*(?:\b(?:19|20)\d{2}\b|\b[a-zäéû]{3,9}\.?\s+(?:19|20)\d{2}\b|present|current|now|today|heute|aktuell|aujourd['’]hui|actuel|presente|actualidad)/i;

/** True when a date range (or an end-date field) says the position is still held. */
export function isCurrent(text: string): boolean {
  return PRESENT.test(text);
}

/** Text lines of an entry: its leaf blocks, in order, without the dates line. */
function lines(ix: PageIndex, entry: Element): string[] {
  const leaves = findAll(
    ix,
    entry,
    (e) => /^(h[2-6]|p|span|div|strong|b|em|a|time|dd|dt)$/.test(e.localName) && !e.firstElementChild,
    20,
  );
  const out: string[] = [];
  for (const el of leaves.length ? leaves : [entry]) {
    const t = textOf(el, 200);
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

function position(ix: PageIndex, entry: Element): Position | null {
  const all = lines(ix, entry);
  const text = all.filter((l) => !RANGE.test(l) && !isCurrent(l) && !/^\(?\d/.test(l) && l.length <= 120);
  const [a = '', b = ''] = text;
  const at = b ? undefined : splitRole(a);
  const title = cleanTitle(at ? at.title : a);
  const company = cleanCompany(at ? at.company : b);
  return title || company ? { ...(title && { title }), ...(company && { company }) } : null;
}

/** Entries of the section: the list items or blocks between its heading and the next heading. */
function entries(ix: PageIndex, heading: Element): Element[] {
  const start = ix.pos.get(heading) ?? 0;
  const level = /^h([1-6])$/.exec(heading.localName)?.[1] ?? '2';
  const out: Element[] = [];
  for (let i = start + 1; i < Math.min(ix.els.length, start + 600); i++) {
    const e = ix.els[i] as Element;
    const h = /^h([1-6])$/.exec(e.localName)?.[1];
    if (h && h <= level) break;
    if (out.some((o) => e !== o && o.contains(e))) continue;
    if (/^(li|article|section|div|dd|tr)$/.test(e.localName) && RANGE.test(textOf(e, 600))) {
      const inner = findAll(ix, e, (x) => /^(li|article|div|tr)$/.test(x.localName), 60);
      // The smallest block that holds one range: an entry, not the list of entries.
      if (inner.filter((x) => RANGE.test(textOf(x, 600))).length > 1) continue;
      out.push(e);
    }
  }
  return out;
}

export function currentPosition(ix: PageIndex): Position | null {
  let seen = 0;
  for (const h of ix.els) {
    if (!/^h[1-6]$/.test(h.localName)) continue;
    if (++seen > 60) break;
    if (!SECTION.test(textOf(h, 60))) continue;
    const list = entries(ix, h);
    const now = list.find((e) => RANGE.test(textOf(e, 600)) && isCurrent(textOf(e, 600)));
    const p = now && position(ix, now);
    if (p) return p;
  }
  return null;
}

export function extractExperience(ix: PageIndex): SourceResult | null {
  const position = currentPosition(ix);
  return position ? { position } : null;
}
