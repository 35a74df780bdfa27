import { useEffect, useState } from 'preact/hooks';

/** Where the dashboard is: `#/people/<id>` → { section: 'people', id }. Unknown hashes mean loops. */
export interface Route {
  section: string;
  id?: string;
  /** Anything after the id (`#/loops/<id>/review` → 'review'), for in-page targets. */
  rest?: string;
}

export function parseHash(hash: string): Route {
  const [section, id, rest] = hash
    .replace(/^#\/?/, '')
    .split('/')
    .map((part) => decodeURIComponent(part));
  const route: Route = { section: section || 'loops' };
  if (id) route.id = id;
  if (rest) route.rest = rest;
  return route;
}

export function href(section: string, id?: string): string {
  return id ? `#/${section}/${encodeURIComponent(id)}` : `#/${section}`;
}

export function navigate(section: string, id?: string): void {
  location.hash = href(section, id);
}

/** The current route, following the address bar (links, back and forward). */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
