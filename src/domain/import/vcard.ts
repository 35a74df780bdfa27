/**
 * Contacts (.vcf) from Google Contacts, Apple Contacts and Outlook, read with ical.js's vCard support
 * (3.0 and 4.0, several cards a file, folded lines). Two things ical.js leaves to us, done before and
 * after it parses: quoted-printable values (Outlook and Android write them, with "=" soft line breaks
 * that are not vCard folding) and vCard 2.1's bare parameters ("TEL;CELL:") that later versions write
 * as TYPE=CELL.
 */
import ICAL from 'ical.js';
import { collapseWhitespace } from '../names';
import { checkField, IMPORT_LIMITS, ImportProblem } from './problem';

export interface Contact {
  /** Position in the file (1-based), to name it in the preview. */
  card: number;
  name: string;
  emails: string[];
  phone?: string;
  company?: string;
  title?: string;
  /** Web addresses: profile links (LinkedIn, GitHub) and others. */
  urls: string[];
}

/** Joins quoted-printable soft line breaks and writes 2.1's bare parameters as TYPE=. */
function normalise(text: string): string {
  const lines = text.split(/\r\n|\n|\r/);
  const out: string[] = [];
  let continuing = false;
  for (const line of lines) {
    if (continuing) out[out.length - 1] = `${(out.at(-1) as string).slice(0, -1)}${line}`;
    else out.push(line);
    const current = out.at(-1) as string;
    const colon = current.indexOf(':');
    const head = colon < 0 ? '' : current.slice(0, colon);
    continuing = /ENCODING=QUOTED-PRINTABLE/i.test(head) && current.endsWith('=');
  }
  return out
    .map((line) => {
      const colon = line.indexOf(':');
      if (colon < 0 || line.startsWith(' ') || line.startsWith('\t')) return line;
      const [name, ...params] = line.slice(0, colon).split(';');
      const fixed = params.map((param) => (param.includes('=') ? param : `TYPE=${param}`));
      return [name, ...fixed].join(';') + line.slice(colon);
    })
    .join('\r\n');
}

/** "J=C3=BCrgen" → "Jürgen", in the charset the property names (UTF-8 unless told). */
function fromQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? /^[0-9A-F]{2}/i.exec(value.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(Number.parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(value.charCodeAt(i) & 0xff);
  }
  try {
    return new TextDecoder(charset || 'utf-8').decode(new Uint8Array(bytes));
  } catch {
    return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
  }
}

type Property = InstanceType<typeof ICAL.Property>;
type Component = InstanceType<typeof ICAL.Component>;

function textOf(property: Property | null | undefined): string {
  if (!property) return '';
  const raw = property.getFirstValue();
  let value = Array.isArray(raw) ? raw.filter(Boolean).join(' ') : String(raw ?? '');
  if (String(property.getParameter('encoding') ?? '').toUpperCase() === 'QUOTED-PRINTABLE') {
    value = fromQuotedPrintable(value, String(property.getParameter('charset') ?? ''));
  }
  return collapseWhitespace(value);
}

function contactOf(card: Component, index: number): Contact | null {
  const where = (field: string) => `card ${index}, ${field}`;
  const all = (name: string) => card.getAllProperties(name).map((p) => checkField(textOf(p), where(name)));
  let name = checkField(textOf(card.getFirstProperty('fn')), where('name'));
  if (!name) name = checkField(textOf(card.getFirstProperty('n')), where('name'));
  const emails = [...new Set(all('email').map((e) => e.replace(/^mailto:/i, '').toLowerCase()))].filter((e) =>
    e.includes('@'),
  );
  if (!name) name = emails[0] ?? '';
  if (!name) return null;
  const urls = [...all('url'), ...all('x-socialprofile')].filter((u) => /^https?:\/\//i.test(u));
  const phone = all('tel')
    .map((p) => p.replace(/^tel:/i, ''))
    .find(Boolean);
  const company = checkField(textOf(card.getFirstProperty('org')), where('org'));
  const title = checkField(textOf(card.getFirstProperty('title')), where('title'));
  return {
    card: index,
    name,
    emails,
    urls: [...new Set(urls)],
    ...(phone ? { phone } : {}),
    ...(company ? { company } : {}),
    ...(title ? { title } : {}),
  };
}

/** Every card with a name or an email; an ImportProblem when the file holds none or cannot be read. */
export function parseContacts(text: string): Contact[] {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(normalise(text));
  } catch (error) {
    throw new ImportProblem('contacts-broken', { detail: error instanceof Error ? error.message : '' });
  }
  const list = (Array.isArray((parsed as unknown[])[0]) ? parsed : [parsed]) as unknown[];
  if (list.length > IMPORT_LIMITS.entries)
    throw new ImportProblem('too-many-rows', { limit: IMPORT_LIMITS.entries });
  const contacts: Contact[] = [];
  list.forEach((jcard, at) => {
    const card = new ICAL.Component(jcard as Component['jCal']);
    if (card.name !== 'vcard') return;
    const contact = contactOf(card, at + 1);
    if (contact) contacts.push(contact);
  });
  if (contacts.length === 0) throw new ImportProblem('no-contacts');
  return contacts;
}
