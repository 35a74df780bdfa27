/**
 * Profile URLs as pure strings: the address we show and store (`canonicalProfileUrl`) and the key that
 * says "this is the same profile" (`profileKey`). Shared by the extractor and the database, so it lives
 * in the domain: no DOM, no browser API.
 */

const CASE_INSENSITIVE_HOSTS = /(^|\.)(linkedin\.com|github\.com|twitter\.com|x\.com)$/;
const MAX_URL = 2048;

function parse(url: string, base?: string): URL | null {
  if (!url || url.length > MAX_URL) return null;
  try {
    const u = base ? new URL(url, base) : new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function decode(path: string): string {
  // Decode repeatedly (LinkedIn double-encodes some slugs), but never into a path separator or control char.
  let out = path;
  for (let i = 0; i < 3 && out.includes('%'); i++) {
    try {
      const next = decodeURIComponent(out.replace(/%(2f|5c|25(?=2f|5c))/gi, '%25$1'));
      if (next === out) break;
      out = next;
    } catch {
      break;
    }
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  return out.replace(/[\u0000-\u001f\u007f]/g, '');
}

/** True for LinkedIn on any locale subdomain (`uk.linkedin.com`, `www.linkedin.com`, `linkedin.com`). */
export function isLinkedInHost(host: string): boolean {
  return /(^|\.)linkedin\.com$/i.test(host);
}

export function isGitHubHost(host: string): boolean {
  return /^(www\.)?github\.com$/i.test(host);
}

/** LinkedIn member or company path reduced to its identity: `/in/slug` or `/company/slug` (null if neither). */
function linkedInIdentity(path: string): { kind: string; slug: string; more: boolean } | null {
  const m = /^\/(in|company|school|pub)\/([^/]+)(\/.*)?$/i.exec(path);
  if (!m?.[1] || !m[2]) return null;
  return { kind: m[1].toLowerCase(), slug: m[2], more: !!m[3] };
}

/**
 * The address to show and store for a profile: the page's own address without query or fragment, with a
 * readable (percent-decoded) path. LinkedIn keeps its locale subdomain and scheme as the page had them
 * (the user recognises `uk.linkedin.com/...`), keeps a trailing slash if the page had one, and drops
 * sub-pages such as `/details/experience/`. Returns '' for anything that is not an http(s) URL.
 */
export function canonicalProfileUrl(url: string, base?: string): string {
  const u = parse(url.trim(), base);
  if (!u) return '';
  const host = u.host.toLowerCase();
  let path = decode(u.pathname);
  if (isLinkedInHost(host)) {
    const id = linkedInIdentity(path);
    if (id) path = `/${id.kind}/${id.slug}${id.more ? '/' : ''}`;
  } else if (isGitHubHost(host)) {
    const login = /^\/([^/]+)/.exec(path)?.[1];
    if (login) path = `/${login}`;
  }
  const out = `${u.protocol}//${host}${path}`;
  return out.length > MAX_URL ? '' : out;
}

/**
 * The duplicate-detection key of a profile URL: host in lower case without `www.` or a LinkedIn locale
 * subdomain, no scheme, query, fragment or trailing slash, path percent-decoded (and lower-cased on sites
 * whose profile slugs are case-insensitive). `https://uk.linkedin.com/in/Jane-Doe/?trk=x` and
 * `http://www.linkedin.com/in/jane-doe` both give `linkedin.com/in/jane-doe`. '' for a non-URL.
 */
export function profileKey(url: string): string {
  const u = parse(url.trim());
  if (!u) return '';
  let host = u.hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  let path = decode(u.pathname);
  if (isLinkedInHost(host)) {
    host = 'linkedin.com';
    const id = linkedInIdentity(path);
    if (id) path = `/${id.kind}/${id.slug}`;
  } else if (isGitHubHost(host)) {
    path = /^\/[^/]+/.exec(path)?.[0] ?? path;
  }
  path = path.replace(/\/+$/, '');
  if (CASE_INSENSITIVE_HOSTS.test(host)) path = path.toLowerCase();
  if (u.port) host = `${host}:${u.port}`;
  return `${host}${path}`;
}
