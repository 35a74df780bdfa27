/**
 * schema.org microdata (`itemscope itemtype=…/Person`), as GitHub and older LinkedIn pages mark their
 * profile up. Only a Person that is not itself a property of another item is a subject candidate; its
 * properties are the `itemprop`s whose nearest enclosing item is that Person.
 */
import { makePerson } from './clean';
import { absUrl, attr, findAll, type PageIndex, textOf } from './dom';
import type { PersonHit, SourceResult } from './types';

function itemType(el: Element): string {
  return attr(el, 'itemtype').replace(/^.*[/#]/, '');
}

function ownerOf(el: Element): Element | null {
  return el.parentElement?.closest('[itemscope]') ?? null;
}

function value(ix: PageIndex, el: Element): string {
  const tag = el.localName;
  if (tag === 'meta') return attr(el, 'content');
  if (tag === 'a' || tag === 'link' || tag === 'area') return absUrl(ix, attr(el, 'href'));
  if (tag === 'time') return attr(el, 'datetime') || textOf(el);
  if (el.hasAttribute('content')) return attr(el, 'content');
  return textOf(el, 500);
}

/** Property values of one item: `name -> values` in document order, nested items as elements. */
export function itemProps(ix: PageIndex, item: Element): Map<string, Element[]> {
  const props = new Map<string, Element[]>();
  for (const el of findAll(ix, item, (e) => e.hasAttribute('itemprop'), 400)) {
    if (ownerOf(el) !== item) continue;
    for (const name of attr(el, 'itemprop').split(/\s+/)) {
      const list = props.get(name) ?? [];
      list.push(el);
      props.set(name, list);
    }
  }
  return props;
}

function prop(ix: PageIndex, props: Map<string, Element[]>, names: string[], depth = 0): string {
  for (const name of names) {
    for (const el of props.get(name) ?? []) {
      if (el.hasAttribute('itemscope')) {
        if (depth > 2) continue;
        const inner = itemProps(ix, el);
        const place = ['addressLocality', 'addressRegion', 'addressCountry']
          .map((p) => prop(ix, inner, [p], depth + 1))
          .filter((p) => p.length > 2);
        const v = prop(ix, inner, ['name'], depth + 1) || place.join(', ');
        if (v) return v;
        continue;
      }
      const v = value(ix, el);
      if (v) return v;
    }
  }
  return '';
}

export function extractMicrodata(ix: PageIndex): SourceResult | null {
  const people: PersonHit[] = [];
  let items = 0;
  for (const el of ix.els) {
    if (!el.hasAttribute('itemscope') || itemType(el) !== 'Person' || el.hasAttribute('itemprop')) continue;
    if (++items > 50) break;
    const props = itemProps(ix, el);
    const given = [prop(ix, props, ['givenName']), prop(ix, props, ['familyName'])].filter(Boolean).join(' ');
    const email = (props.get('email') ?? []).map((e) => {
      const link = e.localName === 'a' ? e : findAll(ix, e, (x) => x.localName === 'a', 1)[0];
      return link ? attr(link, 'href') : value(ix, e);
    })[0];
    const p = makePerson({
      name: prop(ix, props, ['name']) || given,
      title: prop(ix, props, ['jobTitle']),
      company: prop(ix, props, ['worksFor']),
      location: prop(ix, props, ['homeLocation', 'address', 'workLocation']),
      profileUrl: prop(ix, props, ['url']),
      email,
    });
    if (p && !people.some((q) => q.name === p.name)) people.push(p);
  }
  if (!people.length) return null;
  return people.length === 1 ? { subject: people[0] as PersonHit } : { people };
}
