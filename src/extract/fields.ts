/**
 * Labelled field lists, as community sites, event platforms and member directories show a user:
 * "Full name: …", "Company: …" in a definition list, a two-column table, Drupal-style field blocks or
 * "Label: value" lines. One person's page has each label once; a page repeating "Name" is a list and is
 * left to the list rule.
 */
import { looksLikeName, makePerson, nameKey } from './clean';
import { attr, type PageIndex, textOf } from './dom';
import { metaHints } from './meta';
import type { SourceResult } from './types';

type Field = 'name' | 'title' | 'company' | 'location' | 'email';

const LABELS: [Field, RegExp][] = [
  [
    'name',
    /^(?:full\s*name|real\s*name|display\s*name|name|nom(?:\s+complet)?|vollständiger\s+name|nombre(?:\s+completo)?)$/i,
  ],
  [
    'company',
    /^(?:company|organi[sz]ation|employer|affiliation|institution|firma|unternehmen|arbeitgeber|entreprise|soci[ée]t[ée]|empresa)$/i,
  ],
  [
    'title',
    /^(?:job\s*title|title|position|role|occupation|profession|funktion|berufsbezeichnung|poste|fonction|cargo|puesto)$/i,
  ],
  [
    'location',
    /^(?:location|city|country|town|based\s+in|ort|wohnort|standort|ville|pays|ciudad|ubicaci[oó]n)$/i,
  ],
  ['email', /^(?:e-?mail(?:\s+address)?|courriel|correo)$/i],
];

function field(label: string): Field | null {
  const l = label.replace(/[:：\s]+$/, '').trim();
  if (l.length > 40) return null;
  return LABELS.find(([, re]) => re.test(l))?.[0] ?? null;
}

/** The value element of a label: its dd / td / next sibling, or the rest of its own line. */
function labelValue(label: Element): string {
  const next = label.nextElementSibling;
  if (next) return textOf(next, 300);
  const line = label.parentElement;
  if (!line) return '';
  const all = textOf(line, 400);
  const own = textOf(label, 60);
  return all.startsWith(own) ? all.slice(own.length).replace(/^[:：\s]+/, '') : '';
}

const PROFILE_PATH =
  /\/(?:users?|members?|profiles?|people|u|speakers?|attendees?|authors?|participants?|benutzer|mitglieder)\/[^/]+/i;

/** A page of its own for this person: a profile address, a profile type, or its title naming them. */
function ownPage(ix: PageIndex, name: string): boolean {
  const hints = metaHints(ix);
  return (
    PROFILE_PATH.test(ix.url.pathname) ||
    hints.ogType === 'profile' ||
    nameKey(hints.titleHead) === nameKey(name)
  );
}

const LABEL_TAGS = /^(dt|th|label|strong|b|span|div|h4|h5|h6|td)$/;

export function extractFields(ix: PageIndex): SourceResult | null {
  const found = new Map<Field, string[]>();
  let scanned = 0;
  for (let i = 0; i < ix.els.length; i++) {
    if ((i & 255) === 0) ix.check();
    const el = ix.els[i] as Element;
    if (!LABEL_TAGS.test(el.localName) || (ix.end[i] ?? i) - i > 2) continue;
    if (++scanned > 4000) break;
    const isLabel = el.localName !== 'div' && el.localName !== 'span' && el.localName !== 'td';
    const labelled = isLabel || /label/i.test(attr(el, 'class'));
    if (!labelled) continue;
    const f = field(textOf(el, 60));
    if (!f) continue;
    const v = labelValue(el);
    if (!v) continue;
    found.set(f, [...(found.get(f) ?? []), v]);
  }
  const names = found.get('name') ?? [];
  // Several "Name" fields: a table of people, not one person's page.
  if (names.length !== 1 || !looksLikeName(names[0] ?? '', false)) return null;
  if (found.size < 2 || !ownPage(ix, names[0] ?? '')) return null;
  const one = (f: Field) => {
    const values = found.get(f) ?? [];
    return values.length === 1 ? values[0] : '';
  };
  const subject = makePerson({
    name: names[0],
    title: one('title'),
    company: one('company'),
    location: one('location'),
    email: one('email'),
  });
  return subject ? { subject } : null;
}
