/**
 * People in the page's embedded JSON rather than its visible text: `__NEXT_DATA__`-style state, other
 * `application/json` scripts, and JSON in `<code>` blocks. A person-like object has a name and at least
 * a title, a company or a handle. The subject is the one whose handle (username, slug, login …) is the
 * page address's last segment, or the only person-like object when there is just one; on a page that
 * lists people, three or more of them are its people.
 */
import { looksLikeName, makePerson, nameKey } from './clean';
import { attr, type PageIndex, rawText } from './dom';
import { isPeoplePage } from './lists';
import { metaHints } from './meta';
import type { PersonHit, SourceResult } from './types';

const MAX_JSON = 1_000_000;
const MAX_BLOCKS = 20;
const MAX_NODES = 20_000;
type Obj = Record<string, unknown>;

const NAME = ['name', 'fullName', 'full_name', 'displayName', 'display_name'];
const TITLE = ['jobTitle', 'job_title', 'headline', 'title', 'position', 'occupation', 'role'];
const COMPANY = [
  'company',
  'companyName',
  'company_name',
  'organization',
  'organisation',
  'employer',
  'worksFor',
];
const LOCATION = ['location', 'locationName', 'city'];
const HANDLE = [
  'username',
  'userName',
  'slug',
  'login',
  'handle',
  'publicIdentifier',
  'screen_name',
  'nickname',
];
const URL_KEYS = ['profileUrl', 'profile_url', 'url'];

function isObj(v: unknown): v is Obj {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function str(o: Obj, keys: string[]): string {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'string' && v.trim()) return v;
    if (isObj(v) && typeof v.name === 'string') return v.name;
  }
  return '';
}

function blocks(ix: PageIndex): string[] {
  const out: string[] = [];
  const scripts = ix
    .tag('script')
    .filter((s) => attr(s, 'id') === '__NEXT_DATA__' || /^application\/json$/i.test(attr(s, 'type')));
  for (const el of [...scripts, ...ix.tag('code')]) {
    if (out.length >= MAX_BLOCKS) break;
    const text = rawText(el, MAX_JSON)?.trim();
    if (text && /^[[{]/.test(text)) out.push(text);
  }
  return out;
}

interface Candidate {
  hit: PersonHit;
  handle: string;
}

function candidate(o: Obj): Candidate | null {
  const name =
    str(o, NAME) ||
    [o.firstName ?? o.first_name, o.lastName ?? o.last_name].filter((x) => typeof x === 'string').join(' ');
  if (!looksLikeName(name.trim(), false)) return null;
  const title = str(o, TITLE);
  const company = str(o, COMPANY);
  const handle = str(o, HANDLE);
  if (!title && !company && !handle) return null;
  const url = str(o, URL_KEYS);
  const hit = makePerson({
    name,
    title,
    company,
    location: str(o, LOCATION),
    profileUrl: /^https?:/.test(url) ? url : '',
  });
  return hit ? { hit, handle: handle.toLowerCase() } : null;
}

/** Every person-like object in the JSON, walked without recursion and at most MAX_NODES nodes. */
function people(data: unknown): Candidate[] {
  const out: Candidate[] = [];
  const stack: unknown[] = [data];
  let n = 0;
  while (stack.length && n++ < MAX_NODES) {
    const v = stack.pop();
    if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    else if (isObj(v)) {
      const c = candidate(v);
      if (c) out.push(c);
      for (const k of Object.keys(v).reverse()) if (typeof v[k] === 'object') stack.push(v[k]);
    }
  }
  return out;
}

function lastSegment(url: URL): string {
  const seg = url.pathname.split('/').filter(Boolean).pop() ?? '';
  try {
    return decodeURIComponent(seg).toLowerCase();
  } catch {
    return seg.toLowerCase();
  }
}

export function extractEmbedded(ix: PageIndex): SourceResult | null {
  const found: Candidate[] = [];
  for (const text of blocks(ix)) {
    ix.check();
    try {
      found.push(...people(JSON.parse(text)));
    } catch {
      // not JSON after all
    }
  }
  if (!found.length) return null;
  const slug = lastSegment(ix.url);
  const own = slug && found.find((c) => c.handle === slug);
  if (own) return { subject: own.hit };
  const unique = new Map<string, PersonHit>();
  for (const c of found) if (!unique.has(nameKey(c.hit.name))) unique.set(nameKey(c.hit.name), c.hit);
  const list = isPeoplePage(ix);
  if (unique.size >= 3 && list) return { people: [...unique.values()] };
  // One person in the data is the subject only when the page's title names them too: an article's
  // JSON carries its author, a shop's its reviewer.
  const only = unique.size === 1 ? [...unique.values()][0] : undefined;
  if (only && !list && nameKey(metaHints(ix).titleHead) === nameKey(only.name)) return { subject: only };
  return null;
}
