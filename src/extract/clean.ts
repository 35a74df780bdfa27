/**
 * Page text is data, and messy: names carry pronouns, connection degrees and notification counts,
 * companies carry "We're hiring", and hostile pages put markup or control characters anywhere. Every field
 * leaving the extractor passes through here: trimmed, de-noised and length-capped.
 */

import { stripInvisible } from '../domain/invisible';
import { canonicalProfileUrl } from '../domain/urls';
import type { CompanyHit, PersonHit } from './types';

export const MAX = { name: 120, title: 300, company: 200, location: 200, email: 254, url: 2048 } as const;

/** NFC, no control or bidi characters, whitespace collapsed, trimmed, at most `max` characters. */
export function clean(value: unknown, max: number): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  let s = String(value).slice(0, max * 4);
  s = stripInvisible(s).replace(/\s+/g, ' ').trim().normalize('NFC');
  if (s.length > max) {
    s = s.slice(0, max);
    if (/[\ud800-\udbff]$/.test(s)) s = s.slice(0, -1);
    s = s.trim();
  }
  return s;
}

const PRONOUNS =
  /\s*[([]?\b(?:he|she|they|ze|xe)\s*\/\s*(?:him|her|them|hers|theirs|zir|xem)(?:\s*\/\s*\w+)?\b[)\]]?\s*$/i;
const DEGREE = /\s*(?:[·•]\s*)?(?:(?:1st|2nd|3rd\+?)(?:\s+degree(?:\s+connection)?)?\s*)+$/i;
const SITE_SUFFIX = /\s+[|\-–—·:]\s+(?:linkedin|github|twitter|x|facebook|wikipedia|xing)\b.*$/i;

/** A person's name, or '' when the text cannot be a name (markup, URLs, too long, no letters). */
export function cleanName(value: unknown): string {
  let s = clean(value, 400);
  s = s.replace(/^\(\d+\+?\)\s*/, ''); // "(3) Jane Doe" notification count in a title
  s = s.replace(SITE_SUFFIX, '');
  for (let i = 0; i < 3; i++) s = s.replace(DEGREE, '').replace(PRONOUNS, '').trim();
  s = s.replace(/[,;·|]+$/, '').trim();
  if (!s || /[<>{}[\]\\@=]|https?:|www\./i.test(s) || !/\p{L}/u.test(s)) return '';
  return s.length > MAX.name ? '' : s;
}

/** A headline or job title. Markup brackets are dropped; a value without letters or digits ("--") is none. */
export function cleanTitle(value: unknown): string {
  const s = clean(String(value ?? '').replace(/[<>]/g, ''), MAX.title);
  return /[\p{L}\p{N}]/u.test(s) ? s : '';
}

const HIRING = /\s*(?:[-–—|·,:!]\s*)?(?:we(?:'|’)?re|we are|is|now)?\s*hiring!?\s*$/i;
const EMPLOYMENT =
  /\s*·\s*(?:full-time|part-time|self-employed|freelance|contract|internship|apprenticeship|seasonal)\s*$/i;

/** A company name without recruiting taglines or employment types. */
export function cleanCompany(value: unknown): string {
  let s = clean(String(value ?? '').replace(/[<>]/g, ''), 400);
  for (let i = 0; i < 2; i++) s = s.replace(HIRING, '').replace(EMPLOYMENT, '').trim();
  s = s.replace(/^[,;·|\s]+|[,;·|\s]+$/g, '');
  if (!/[\p{L}\p{N}]/u.test(s)) return '';
  return s.length > MAX.company ? clean(s, MAX.company) : s;
}

export function cleanLocation(value: unknown): string {
  const s = clean(String(value ?? '').replace(/[<>]/g, ''), MAX.location);
  return /\p{L}/u.test(s) ? s : '';
}

const EMAIL =
  /^[^\s@<>()[\]\\,;:"]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

export function cleanEmail(value: unknown): string {
  const s = clean(value, MAX.email)
    .replace(/^mailto:/i, '')
    .replace(/\?.*$/, '');
  let d = s;
  try {
    d = decodeURIComponent(s);
  } catch {
    // keep as is
  }
  return EMAIL.test(d) ? d.toLowerCase() : '';
}

const NOT_NAME_WORDS = new Set(
  (
    'profile not found page error sign join welcome search home about team contact login log in the our ' +
    'council engineering community partnerships director manager engineer founder executive lead team ' +
    'designer developer officer president recruiter ceo cto ' +
    'members speakers staff people services company inc ltd llc gmbh media news blog overview ' +
    'repositories repository settings privacy terms discography'
  ).split(' '),
);
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'del',
  'la',
  'le',
  'bin',
  'al',
  'y',
  'e',
  'dos',
  'das',
  'ter',
  'zu',
]);

/**
 * Whether text reads as a person's name: 2–5 words of letters (apostrophes, hyphens, initials allowed), no
 * digits, none of a few words that mark headings ("Profile Not Found", "Our Team"). `strict` also wants
 * capitalised words (headings), while list cards accept names typed in lower case.
 */
export function looksLikeName(text: string, strict = true): boolean {
  if (!text || text.length > 60 || /\d/.test(text)) return false;
  const words = text.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  for (const w of words) {
    if (!/^[\p{L}][\p{L}\p{M}'’.-]*$/u.test(w)) return false;
    const lower = w.toLowerCase();
    if (NOT_NAME_WORDS.has(lower)) return false;
    if (strict && !PARTICLES.has(lower) && !/^\p{Lu}/u.test(w)) return false;
  }
  return true;
}

/** Lower-case, accent-folded, whitespace-collapsed form for comparing names. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface RawPerson {
  name?: unknown;
  title?: unknown;
  company?: unknown;
  location?: unknown;
  profileUrl?: unknown;
  email?: unknown;
}

/** A clean PersonHit with empty fields omitted, or null when there is no usable name. */
export function makePerson(raw: RawPerson): PersonHit | null {
  const name = cleanName(raw.name);
  if (!name) return null;
  const hit: PersonHit = { name };
  const title = cleanTitle(raw.title);
  if (title) hit.title = title;
  const company = cleanCompany(raw.company);
  if (company) hit.company = company;
  const location = cleanLocation(raw.location);
  if (location) hit.location = location;
  const url = typeof raw.profileUrl === 'string' ? canonicalProfileUrl(raw.profileUrl) : '';
  if (url) hit.profileUrl = url;
  const email = cleanEmail(raw.email);
  if (email) hit.email = email;
  return hit;
}

/** A bare host without `www.`, from a URL or a host-like string ("www.acme.com/careers" gives "acme.com"). */
export function domainOf(value: unknown): string {
  const s = clean(value, MAX.url);
  if (!s) return '';
  try {
    const u = new URL(/^https?:\/\//i.test(s) ? s : `https://${s}`);
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) && !/^\d+(\.\d+)+$/.test(host) ? host : '';
  } catch {
    return '';
  }
}

export function makeCompany(name: unknown, domain?: unknown, linkedinUrl?: unknown): CompanyHit | null {
  const n = cleanCompany(name);
  if (!n) return null;
  const hit: CompanyHit = { name: n };
  const d = domainOf(domain);
  if (d) hit.domain = d;
  const l = typeof linkedinUrl === 'string' ? canonicalProfileUrl(linkedinUrl) : '';
  if (l) hit.linkedinUrl = l;
  return hit;
}
