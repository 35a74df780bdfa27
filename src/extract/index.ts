/**
 * Page → people and company. Runs the sources over one shared, bounded index of the page and ranks them
 * by trust: structured data (JSON-LD, microdata, microformats) > site-specific knowledge (LinkedIn,
 * GitHub) > metadata > headings. On LinkedIn and GitHub the site's own reading of its top card is the
 * authority for the subject (their structured data lags the visible profile: LinkedIn's JSON-LD jobTitle
 * is a role while the page shows the member's headline) and generic guesses are not made there at all.
 * Lower-ranked sources only fill fields for the same person, never replace them.
 */
import { isGitHubHost, isLinkedInHost } from '../domain/urls';
import { nameKey } from './clean';
import { BUDGET_MS, buildIndex, OutOfTime, type PageIndex } from './dom';
import { extractEmbedded } from './embedded';
import { extractExperience } from './experience';
import { extractFields } from './fields';
import { extractGitHub } from './github';
import { extractHCard } from './hcard';
import { extractHeadings } from './headings';
import { extractHResume } from './hresume';
import { extractJsonLd } from './jsonld';
import { extractLinkedIn } from './linkedin';
import { extractList } from './lists';
import { extractMeta } from './meta';
import { extractMicrodata } from './microdata';
import type { CompanyHit, Extraction, PersonHit, SourceResult } from './types';

export type { CompanyHit, Extraction, PersonHit, SourceResult } from './types';

/** Every source, in order of trust. Exported so tests can run each one alone against every page. */
export const SOURCES = {
  jsonld: extractJsonLd,
  microdata: extractMicrodata,
  hresume: extractHResume,
  hcard: extractHCard,
  linkedin: extractLinkedIn,
  github: extractGitHub,
  embedded: extractEmbedded,
  meta: extractMeta,
  fields: extractFields,
  headings: extractHeadings,
  lists: extractList,
  experience: extractExperience,
} as const satisfies Record<string, (ix: PageIndex) => SourceResult | null>;
export type SourceName = keyof typeof SOURCES;

const FIELDS = ['title', 'company', 'location', 'profileUrl', 'email'] as const;

function parseUrl(pageUrl: string): URL | null {
  try {
    const u = new URL(pageUrl);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** Run one source alone (for tests and tools). A source that throws counts as finding nothing. */
export function runSource(name: SourceName, doc: Document, pageUrl: string): SourceResult | null {
  const url = parseUrl(pageUrl);
  if (!url) return null;
  try {
    return SOURCES[name](buildIndex(doc, url));
  } catch {
    return null;
  }
}

/** Copy into `into` the fields it lacks from hits naming the same person. */
function fill(into: PersonHit, others: (PersonHit | undefined)[]): PersonHit {
  const key = nameKey(into.name);
  for (const o of others) {
    if (!o || nameKey(o.name) !== key) continue;
    for (const f of FIELDS) if (!into[f] && o[f]) into[f] = o[f];
  }
  const out: PersonHit = { name: into.name };
  for (const f of FIELDS) if (into[f]) out[f] = into[f];
  return out;
}

const NOTHING: Extraction = { subject: null, people: [], company: null };

/**
 * Everything the page says about people, or nothing: within `budgetMs` (a hostile page gives up with
 * "nothing found"), and never an exception into the page.
 */
export function extractPage(doc: Document, pageUrl: string, budgetMs = BUDGET_MS): Extraction {
  try {
    return extractWithin(doc, pageUrl, performance.now() + budgetMs);
  } catch {
    return { ...NOTHING, people: [] };
  }
}

function extractWithin(doc: Document, pageUrl: string, deadline: number): Extraction {
  const url = parseUrl(pageUrl);
  if (!url) return { ...NOTHING, people: [] };
  const ix: PageIndex = buildIndex(doc, url, deadline);
  const memo = new Map<SourceName, SourceResult | null>();
  const get = (name: SourceName): SourceResult | null => {
    if (!memo.has(name)) {
      let r: SourceResult | null = null;
      try {
        r = SOURCES[name](ix);
      } catch (error) {
        if (error instanceof OutOfTime) throw error;
        r = null;
      }
      ix.check();
      memo.set(name, r);
    }
    return memo.get(name) ?? null;
  };
  const structured = (['jsonld', 'microdata', 'hresume', 'hcard'] as const).map(get);
  const structuredSubjects = structured.map((r) => r?.subject);
  let subject: PersonHit | null = null;
  let people: PersonHit[] = [];
  let company: CompanyHit | null = null;

  const site = isLinkedInHost(url.hostname) ? 'linkedin' : isGitHubHost(url.hostname) ? 'github' : null;
  if (site) {
    const r = get(site);
    if (r?.subject) subject = fill({ ...r.subject }, structuredSubjects);
    if (r?.company) {
      const org = get('jsonld')?.company;
      company = { ...r.company };
      if (org && nameKey(org.name) === nameKey(company.name)) {
        company.domain ??= org.domain;
        company.linkedinUrl ??= org.linkedinUrl;
      }
    }
  } else {
    // Structured data first, then embedded JSON, then the visible structure (cards, labelled fields,
    // headings); lower-ranked sources only fill what a higher one left empty for the same person.
    const first = structuredSubjects.find(Boolean) ?? get('embedded')?.subject;
    const fillers = [
      ...structuredSubjects,
      get('embedded')?.subject,
      get('fields')?.subject,
      get('meta')?.subject,
    ];
    if (first) subject = fill({ ...first }, fillers);
    else {
      const list = get('lists');
      const many = list?.people ?? structured.find((r) => r?.people)?.people ?? get('embedded')?.people;
      if (many?.length) people = many;
      else {
        const guess = get('fields')?.subject ?? get('meta')?.subject ?? get('headings')?.subject;
        if (guess) subject = fill({ ...guess }, [get('fields')?.subject, get('headings')?.subject]);
      }
      const org = get('jsonld')?.company ?? get('microdata')?.company;
      company = org ? { ...org } : null;
      const listCompany = list?.company;
      if (company && listCompany) company.domain ??= listCompany.domain;
      company ??= people.length && listCompany ? { ...listCompany } : null;
    }
  }
  if (subject) {
    // The current position, read by its dates, completes a subject whose card did not say it.
    const now = subject.company && subject.title ? null : get('experience')?.position;
    if (now?.company && !subject.company) subject.company = now.company;
    if (now?.title && !subject.title) subject.title = now.title;
    people = [subject];
    company = null;
  }
  return { subject, people, company };
}
