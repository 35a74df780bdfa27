/**
 * One bounded, iterative walk over the page that every extractor shares. Hostile pages can be 10 MB or
 * nested 10,000 levels deep; selector engines and `textContent` recurse in some DOMs (happy-dom overflows
 * the stack), so extractors query this index instead: elements in document order, by tag and by class,
 * with each element's subtree as a contiguous range. No recursion, and at most MAX_ELEMENTS visited.
 */

export const MAX_ELEMENTS = 60_000;
/** How many descendants one lookup inside an element may examine. */
export const MAX_SCAN = 5_000;
const SKIP = new Set(['style', 'svg', 'template', 'noscript', 'iframe', 'object', 'math']);
const NO_TEXT = new Set(['script', 'style', 'template', 'noscript', 'svg']);

export interface PageIndex {
  doc: Document;
  url: URL;
  els: Element[];
  /** end[i]: index one past the last descendant of els[i]. */
  end: number[];
  pos: Map<Element, number>;
  tag(name: string): Element[];
  cls(name: string): Element[];
  /** Throws OutOfTime once the extraction's budget is spent; sources call it inside their loops. */
  check(): void;
}

/**
 * Time the whole extraction may take. A page that needs longer (megabytes of markup, tens of thousands of
 * elements) is given up on: "nothing found" is a better answer than a page that stutters.
 */
export const BUDGET_MS = 50;

/**
 * Pages up to this many elements are always read to the end: their cost is bounded by the per-lookup
 * caps, and on a busy machine the wall clock (all a page script can read) runs out on them for reasons
 * that are not theirs. Above it, the budget decides.
 */
export const SMALL_PAGE = 3_000;

/** Thrown (and caught by the extractor) when the page's time budget is spent. */
export class OutOfTime extends Error {}

/**
 * Children are walked by index over `children` with an explicit stack: no recursion, and no
 * `nextElementSibling`, which some DOMs compute by searching the parent's list (quadratic on wide pages).
 */
export function buildIndex(doc: Document, url: URL, deadline = Number.POSITIVE_INFINITY): PageIndex {
  const els: Element[] = [];
  const end: number[] = [];
  const pos = new Map<Element, number>();
  const byTag = new Map<string, Element[]>();
  const byClass = new Map<string, Element[]>();
  const root = doc.documentElement;
  const stack: { kids: HTMLCollection | null; next: number; at: number }[] = [];
  const visit = (el: Element): void => {
    const i = els.length;
    els.push(el);
    end.push(-1);
    pos.set(el, i);
    const tag: string = el.localName;
    push(byTag, tag, el);
    const c = el.getAttribute('class');
    if (c && c.length < 2000) for (const t of c.split(/\s+/)) if (t && t.length < 80) push(byClass, t, el);
    stack.push({ kids: SKIP.has(tag) ? null : el.children, next: 0, at: i });
  };
  if (root) visit(root);
  while (stack.length && els.length < MAX_ELEMENTS) {
    if ((els.length & 255) === 0 && els.length > SMALL_PAGE && performance.now() > deadline)
      throw new OutOfTime();
    const top = stack[stack.length - 1] as (typeof stack)[number];
    const child = top.kids?.[top.next];
    if (child) {
      top.next++;
      visit(child);
    } else {
      end[top.at] = els.length;
      stack.pop();
    }
  }
  for (let i = 0; i < end.length; i++) if (end[i] === -1) end[i] = els.length;
  return {
    doc,
    url,
    els,
    end,
    pos,
    tag: (name) => byTag.get(name) ?? [],
    cls: (name) => byClass.get(name) ?? [],
    check: () => {
      if (els.length > SMALL_PAGE && performance.now() > deadline) throw new OutOfTime();
    },
  };
}

function push(map: Map<string, Element[]>, key: string, el: Element): void {
  const list = map.get(key);
  if (list) list.push(el);
  else map.set(key, [el]);
}

/** Descendants of `el` (document order) that pass `test`: at most `limit`, looking at most MAX_SCAN deep. */
export function findAll(ix: PageIndex, el: Element, test: (e: Element) => boolean, limit = 200): Element[] {
  const out: Element[] = [];
  const start = ix.pos.get(el);
  if (start === undefined) return out;
  const stop = Math.min(ix.end[start] ?? start, start + 1 + MAX_SCAN);
  for (let i = start + 1; i < stop && out.length < limit; i++) {
    if ((i & 63) === 0) ix.check();
    const e = ix.els[i];
    if (e && test(e)) out.push(e);
  }
  return out;
}

export function find(ix: PageIndex, el: Element, test: (e: Element) => boolean): Element | null {
  return findAll(ix, el, test, 1)[0] ?? null;
}

/** The first element after `el` in document order (within `span` elements) that passes `test`. */
export function after(ix: PageIndex, el: Element, test: (e: Element) => boolean, span = 300): Element | null {
  const start = ix.pos.get(el);
  if (start === undefined) return null;
  for (let i = start + 1; i < Math.min(ix.els.length, start + span); i++) {
    const e = ix.els[i];
    if (e && test(e)) return e;
  }
  return null;
}

export function hasClass(el: Element, name: string): boolean {
  const c = el.getAttribute('class');
  return !!c && ` ${c} `.replace(/\s+/g, ' ').includes(` ${name} `);
}

/** True when `el` is inside `anc` (or is it), checked through the index ranges. */
export function inside(ix: PageIndex, el: Element, anc: Element): boolean {
  const a = ix.pos.get(anc);
  const e = ix.pos.get(el);
  return a !== undefined && e !== undefined && e >= a && e < (ix.end[a] ?? a);
}

/** Visible-ish text of an element: text nodes only, scripts and styles skipped, bounded in nodes and chars. */
export function textOf(el: Element | null, max = 400): string {
  if (!el) return '';
  let out = '';
  let steps = 0;
  const stack: { nodes: NodeListOf<ChildNode>; next: number }[] = [{ nodes: el.childNodes, next: 0 }];
  while (stack.length && steps++ < 20_000 && out.length < max * 4) {
    const top = stack[stack.length - 1] as (typeof stack)[number];
    const node = top.nodes[top.next++];
    if (!node) {
      stack.pop();
      continue;
    }
    if (node.nodeType === 3) out += (node.nodeValue ?? '').slice(0, max * 4);
    else if (node.nodeType === 1) {
      const tag = (node as Element).localName;
      if (tag === 'br') out += ' ';
      else if (!NO_TEXT.has(tag) && stack.length < 64) stack.push({ nodes: node.childNodes, next: 0 });
    }
  }
  return out.replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Raw text of a script-like element (JSON payloads), refusing anything above `max` characters. */
export function rawText(el: Element, max: number): string | null {
  let out = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 || n.nodeType === 8) out += n.nodeValue ?? '';
    if (out.length > max) return null;
  }
  return out;
}

export function attr(el: Element | null, name: string): string {
  return el?.getAttribute(name)?.trim() ?? '';
}

/** An absolute http(s) URL from an attribute value, resolved against the page; '' otherwise. */
export function absUrl(ix: PageIndex, value: string): string {
  if (!value || value.length > 2048) return '';
  try {
    const base = ix.doc.baseURI && /^https?:/.test(ix.doc.baseURI) ? ix.doc.baseURI : ix.url.href;
    const u = new URL(value, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '';
  } catch {
    return '';
  }
}
