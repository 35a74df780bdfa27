/**
 * LinkedIn profile and company pages, 2013–2024, logged in or out. The subject is read from the top card
 * of the layout the page uses; the logged-in viewer (global nav), "People also viewed" cards and names in
 * feeds never match these anchors. When the top card is not rendered, the Voyager JSON LinkedIn embeds
 * in <code> elements is searched for the profile whose `publicIdentifier` is the page's own slug.
 */
import { canonicalProfileUrl, isLinkedInHost } from '../domain/urls';
import { makeCompany, makePerson, type RawPerson } from './clean';
import { after, attr, find, hasClass, type PageIndex, rawText, textOf } from './dom';
import type { CompanyHit, SourceResult } from './types';

function one(ix: PageIndex, cls: string, tag?: string): Element | null {
  return ix.cls(cls).find((e) => !tag || e.localName === tag) ?? null;
}

function t(el: Element | null | undefined, max = 400): string {
  return el ? textOf(el, max) : '';
}

/** Text of the first leaf element with text: skips the modal and link text that follow a location. */
function leafText(ix: PageIndex, el: Element | null): string {
  if (!el) return '';
  const leaf = find(ix, el, (e) => !e.firstElementChild && !!t(e, 10));
  return t(leaf ?? el, 200);
}

function guestCard(ix: PageIndex, h1: Element): RawPerson {
  const current = ix.els.find(
    (e) => attr(e, 'data-section') === 'currentPositionsDetails' && e.localName !== 'li',
  );
  return {
    name: t(h1),
    title: t(one(ix, 'top-card-layout__headline')),
    location: leafText(ix, one(ix, 'top-card-layout__first-subline')),
    company: t(one(ix, 'top-card__position-info'), 200) || t(current, 200),
  };
}

function memberCard(ix: PageIndex, h1: Element): RawPerson {
  const button = after(
    ix,
    h1,
    (e) => e.localName === 'button' && /^current company:/i.test(attr(e, 'aria-label')),
    800,
  );
  const fromLabel = /^current company:\s*(.+?)\.\s*click\b/i.exec(attr(button, 'aria-label'))?.[1] ?? '';
  return {
    name: t(h1),
    title: t(after(ix, h1, (e) => hasClass(e, 'text-body-medium'))),
    location: t(
      after(
        ix,
        h1,
        (e) => hasClass(e, 'text-body-small') && hasClass(e, 'inline') && hasClass(e, 't-black--light'),
        800,
      ),
    ),
    company:
      fromLabel ||
      t(button) ||
      t(after(ix, h1, (e) => hasClass(e, 'pv-text-details__right-panel-item-text'), 800)),
  };
}

function card2018(ix: PageIndex, h1: Element): RawPerson {
  return {
    name: t(h1),
    title: t(one(ix, 'pv-top-card-section__headline')),
    location: t(one(ix, 'pv-top-card-section__location')),
    company: t(one(ix, 'pv-top-card-v2-section__company-name') ?? one(ix, 'pv-top-card-section__company')),
  };
}

function card2015(ix: PageIndex, card: Element): RawPerson | null {
  const name = find(ix, card, (e) => e.id === 'name' || hasClass(e, 'fn') || e.localName === 'h1');
  if (!name) return null;
  return {
    name: t(name),
    title: t(find(ix, card, (e) => hasClass(e, 'headline'))),
    location: t(find(ix, card, (e) => hasClass(e, 'locality'))),
    company: t(find(ix, card, (e) => hasClass(e, 'org'))),
  };
}

function card2013(ix: PageIndex, mast: Element): RawPerson | null {
  const name = find(ix, mast, (e) => hasClass(e, 'full-name')) ?? find(ix, mast, (e) => hasClass(e, 'fn'));
  if (!name) return null;
  const locality = find(ix, mast, (e) => hasClass(e, 'locality'));
  const dd = locality?.closest('dd');
  const org = ix
    .cls('summary-current')
    .map((c) => find(ix, c, (e) => hasClass(e, 'org')))
    .find(Boolean);
  return {
    name: t(name),
    title: t(find(ix, mast, (e) => hasClass(e, 'headline-title'))),
    location: t(dd && ix.pos.has(dd) ? dd : locality),
    company: t(org),
  };
}

/** Voyager JSON in <code> elements: the profile whose publicIdentifier is the page's slug. */
function fromCode(ix: PageIndex, slug: string): RawPerson | null {
  let seen = 0;
  for (const code of ix.tag('code')) {
    if (seen++ > 60) break;
    const raw = rawText(code, 3_000_000);
    if (!raw?.includes(slug) || !raw.includes('publicIdentifier')) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    const included = (data as { included?: unknown })?.included;
    if (!Array.isArray(included)) continue;
    for (const o of included.slice(0, 2000)) {
      const p = o as Record<string, unknown>;
      if (typeof p?.publicIdentifier !== 'string' || p.publicIdentifier.toLowerCase() !== slug) continue;
      if (typeof p.firstName !== 'string') continue;
      const headline = p.headline as { text?: unknown } | string | undefined;
      return {
        name: `${p.firstName} ${typeof p.lastName === 'string' ? p.lastName : ''}`,
        title: typeof headline === 'string' ? headline : headline?.text,
        location: p.locationName ?? p.geoLocationName,
      };
    }
  }
  return null;
}

function profile(ix: PageIndex, slug: string): SourceResult | null {
  const guest = one(ix, 'top-card-layout__title', 'h1');
  const member = one(ix, 'text-heading-xlarge', 'h1');
  const v2018 = one(ix, 'pv-top-card-section__name');
  const card = one(ix, 'profile-card');
  const mast = one(ix, 'masthead');
  let raw: RawPerson | null = guest
    ? guestCard(ix, guest)
    : member
      ? memberCard(ix, member)
      : v2018
        ? card2018(ix, v2018)
        : (card && card2015(ix, card)) || (mast && card2013(ix, mast)) || null;
  if (!raw?.name) raw = fromCode(ix, slug);
  const subject = raw && makePerson({ ...raw, profileUrl: canonicalProfileUrl(ix.url.href) });
  return subject ? { subject } : null;
}

function website(ix: PageIndex): string {
  const label = ix.els.find((e) => /^(dt|h3|h4|th|span|div)$/.test(e.localName) && t(e, 20) === 'Website');
  const link = label && after(ix, label, (e) => e.localName === 'a', 12);
  if (!link) return '';
  const text = t(link, 300);
  if (/^(https?:\/\/)?[\w.-]+\.[a-z]{2,}(\/\S*)?$/i.test(text)) return text;
  const href = attr(link, 'href');
  return /[?&]url=([^&]+)/.exec(href)?.[1]
    ? decodeURIComponent(/[?&]url=([^&]+)/.exec(href)?.[1] ?? '')
    : href;
}

function companyPage(ix: PageIndex): SourceResult | null {
  const h1 =
    one(ix, 'top-card-layout__title', 'h1') ??
    one(ix, 'org-top-card-module__name') ??
    one(ix, 'org-top-card-summary__title') ??
    ix.tag('h1')[0] ??
    null;
  const company: CompanyHit | null = makeCompany(t(h1, 200), website(ix), canonicalProfileUrl(ix.url.href));
  return company ? { company } : null;
}

export function extractLinkedIn(ix: PageIndex): SourceResult | null {
  if (!isLinkedInHost(ix.url.hostname)) return null;
  const m = /^\/(in|pub|company|school|showcase)\/([^/?#]+)/i.exec(ix.url.pathname);
  if (!m?.[1] || !m[2]) return null;
  if (/^(in|pub)$/i.test(m[1])) {
    let slug = m[2];
    try {
      slug = decodeURIComponent(slug);
    } catch {
      // keep the raw slug
    }
    return profile(ix, slug.toLowerCase());
  }
  return companyPage(ix);
}
