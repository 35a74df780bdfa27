/**
 * JSON-LD: the page's own statement of who it is about. A top-level `Person` (or the `mainEntity` of a
 * `ProfilePage`) is the subject; a Person nested as an article's author or a page's reviewer is not.
 * A top-level `Organization` (named by a sibling `WebSite` when it lacks a name) is the page's company.
 */
import { isLinkedInHost } from '../domain/urls';
import { makeCompany, makePerson } from './clean';
import { attr, type PageIndex, rawText } from './dom';
import type { CompanyHit, PersonHit, SourceResult } from './types';

const MAX_SCRIPT = 1_000_000;
const MAX_SCRIPTS = 20;
type Node = Record<string, unknown>;

function isNode(v: unknown): v is Node {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function types(n: Node): string[] {
  const t = n['@type'] ?? n.type;
  return (Array.isArray(t) ? t : [t])
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^.*[/#]/, ''));
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

function str(v: unknown, depth = 0): string {
  const f = first(v);
  if (typeof f === 'string') return f;
  if (isNode(f) && depth < 3) return str(f.name ?? f['@value'], depth + 1);
  return '';
}

function place(v: unknown): string {
  const f = first(v);
  if (typeof f === 'string') return f;
  if (!isNode(f)) return '';
  const a = isNode(f.address) ? f.address : f;
  const parts = [a.addressLocality, a.addressRegion].filter(
    (x): x is string => typeof x === 'string' && !!x.trim(),
  );
  if (parts[1] && parts[0]?.trim() === parts[1].trim()) parts.pop();
  return parts.length ? parts.join(', ') : str(f.name);
}

/** Top-level nodes of every JSON-LD block: arrays and `@graph` flattened one level. */
export function jsonLdNodes(ix: PageIndex): Node[] {
  const out: Node[] = [];
  let n = 0;
  for (const s of ix.tag('script')) {
    if (!/^application\/ld\+json$/i.test(attr(s, 'type')) || n++ >= MAX_SCRIPTS) continue;
    const text = rawText(s, MAX_SCRIPT);
    if (!text) continue;
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, ''));
    } catch {
      continue;
    }
    for (const item of Array.isArray(data) ? data : [data]) {
      if (!isNode(item)) continue;
      const graph = item['@graph'];
      if (Array.isArray(graph)) for (const g of graph) if (isNode(g)) out.push(g);
      if (types(item).length) out.push(item);
    }
  }
  return out;
}

function person(n: Node): PersonHit | null {
  const name = str(n.name) || [str(n.givenName), str(n.familyName)].filter(Boolean).join(' ');
  return makePerson({
    name,
    title: str(n.jobTitle),
    company: str(n.worksFor),
    location: place(n.address) || place(n.homeLocation) || place(n.workLocation),
    profileUrl: str(n.url),
    email: str(n.email),
  });
}

function company(org: Node, nodes: Node[]): CompanyHit | null {
  const url = str(org.url);
  const same = [org.sameAs].flat().filter((x): x is string => typeof x === 'string');
  const all = [url, ...same];
  const linkedin = all.find((u) => /^https?:\/\/[^/]*linkedin\.com\/company\//i.test(u)) ?? '';
  const site = all.find((u) => {
    try {
      const h = new URL(u).hostname;
      return (
        !isLinkedInHost(h) && !/(facebook|twitter|x|instagram|github|youtube|plus\.google)\.com$/i.test(h)
      );
    } catch {
      return false;
    }
  });
  let name = str(org.name) || str(org.legalName);
  if (!name && site) {
    const host = new URL(site).hostname;
    const web = nodes.find((n) => types(n).includes('WebSite') && str(n.url).includes(host));
    name = web ? str(web.name) : '';
  }
  return makeCompany(name, site ?? '', linkedin);
}

const ORG_TYPES =
  /^(Organization|Corporation|LocalBusiness|NGO|EducationalOrganization|GovernmentOrganization)$/;

export function extractJsonLd(ix: PageIndex): SourceResult | null {
  const nodes = jsonLdNodes(ix);
  if (!nodes.length) return null;
  const people: PersonHit[] = [];
  let org: CompanyHit | null = null;
  for (const n of nodes) {
    const t = types(n);
    const main = first(n.mainEntity);
    const candidate = t.includes('Person') ? n : t.includes('ProfilePage') && isNode(main) ? main : null;
    if (candidate && types(candidate).includes('Person')) {
      const p = person(candidate);
      if (p && !people.some((q) => q.name === p.name)) people.push(p);
    } else if (!org && t.some((x) => ORG_TYPES.test(x))) {
      org = company(n, nodes);
    }
  }
  const result: SourceResult = {};
  if (people.length === 1 && people[0]) result.subject = people[0];
  else if (people.length > 1) result.people = people;
  if (org) result.company = org;
  return result.subject || result.people || result.company ? result : null;
}
