/**
 * Turns the extractor's reading of the page, and what the click pointed at (a link, a selection), into
 * the capture the panel starts from. Every field is clamped to what the database accepts, so the
 * router's validation never refuses a capture for a long page text.
 */
import { collapseWhitespace, nameKey } from '../domain/names';
import { canonicalProfileUrl, profileKey } from '../domain/urls';
import { extractPage } from '../extract';
import { BUDGET_MS } from '../extract/dom';
import type { CapturedPerson, CaptureExtraction, Replies } from '../messages';

export interface PageHint {
  via: CaptureExtraction['via'];
  linkUrl?: string;
  selectionText?: string;
}

const LIMITS = { name: 120, title: 300, company: 200, location: 200 } as const;

function clampText(value: string | undefined, max: number): string | undefined {
  const text = collapseWhitespace(value ?? '');
  return text ? text.slice(0, max).trim() : undefined;
}

/** Drops what the database would refuse, trims the rest; null without a name. */
export function clampPerson(person: Partial<CapturedPerson>): CapturedPerson | null {
  const name = clampText(person.name, LIMITS.name);
  if (!name) return null;
  const out: CapturedPerson = { name };
  for (const field of ['title', 'company', 'location'] as const) {
    const value = clampText(person[field], LIMITS[field]);
    if (value) out[field] = value;
  }
  if (person.profileUrl && person.profileUrl.length <= 2000 && /^https?:\/\/\S+$/i.test(person.profileUrl))
    out.profileUrl = person.profileUrl;
  if (person.email && person.email.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(person.email))
    out.email = person.email;
  return out;
}

/**
 * The visible text of the link the user right-clicked: its first line (LinkedIn appends degrees and
 * titles). The menu gives only the address, so the link is found by it — exactly, else the same profile.
 */
function linkText(doc: Document, url: string): string {
  const anchors = [...doc.querySelectorAll<HTMLAnchorElement>('a[href]')];
  const key = profileKey(url);
  const exact = anchors.filter((a) => a.href === url);
  for (const anchor of exact.length ? exact : anchors.filter((a) => key && profileKey(a.href) === key)) {
    // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the line breaks the name is cut at
    const text = (anchor.innerText || anchor.textContent || '')
      .split('\n')
      .map(collapseWhitespace)
      .find(Boolean);
    const label = text || anchor.getAttribute('aria-label') || anchor.title;
    if (label) return label;
  }
  return '';
}

/** `budgetMs`: how long the page's own thread may be held (tests of a slow test DOM lift it). */
export function recognise(
  doc: Document,
  pageUrl: string,
  hint: PageHint,
  budgetMs = BUDGET_MS,
): CaptureExtraction {
  const found = extractPage(doc, pageUrl, budgetMs);
  const people = found.people
    .map(clampPerson)
    .filter((p): p is CapturedPerson => p !== null)
    .slice(0, 200);
  const company = found.company && clampText(found.company.name, LIMITS.company);
  const base: CaptureExtraction = {
    pageUrl: pageUrl.slice(0, 2000),
    via: hint.via,
    subject: found.subject ? clampPerson(found.subject) : null,
    people,
    company: company
      ? {
          name: company,
          ...(found.company?.domain && found.company.domain.length <= 253
            ? { domain: found.company.domain }
            : {}),
          ...(found.company?.linkedinUrl && found.company.linkedinUrl.length <= 2000
            ? { linkedinUrl: found.company.linkedinUrl }
            : {}),
        }
      : null,
  };
  if (hint.via === 'link' || hint.via === 'selection') base.subject = pointedAt(doc, base, hint);
  return base;
}

/** The person a link or a selection points at: someone the page lists, or the text itself. */
function pointedAt(doc: Document, page: CaptureExtraction, hint: PageHint): CapturedPerson | null {
  const key = hint.linkUrl ? profileKey(hint.linkUrl) : '';
  const selected = clampText(hint.selectionText?.split('\n')[0], LIMITS.name);
  const listed = [page.subject, ...page.people].filter((p): p is CapturedPerson => p !== null);
  const match =
    (selected && listed.find((p) => nameKey(p.name) === nameKey(selected))) ||
    (key && listed.find((p) => p.profileUrl && profileKey(p.profileUrl) === key)) ||
    null;
  if (match) return match;
  const name = selected ?? (hint.linkUrl ? linkText(doc, hint.linkUrl) : '');
  const profileUrl = hint.linkUrl ? canonicalProfileUrl(hint.linkUrl) : '';
  const company = page.company?.name;
  const person = { name, ...(profileUrl ? { profileUrl } : {}), ...(company ? { company } : {}) };
  // A link without readable text still gives its address: the user types the name.
  return clampPerson(person) ?? (profileUrl ? { name: '', profileUrl } : null);
}

/** What the popup says it can save from this page. */
export function summarise(capture: CaptureExtraction): Replies['capture-peek'] {
  if (capture.subject) return { kind: 'person', name: capture.subject.name };
  if (capture.people.length > 1)
    return {
      kind: 'people',
      count: capture.people.length,
      ...(capture.company ? { name: capture.company.name } : {}),
    };
  if (capture.people[0]) return { kind: 'person', name: capture.people[0].name };
  if (capture.company) return { kind: 'company', name: capture.company.name };
  return { kind: 'none' };
}
