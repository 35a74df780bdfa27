/**
 * vCard 4.0 (RFC 6350) of people, one card each, for address books: FN and N (the name), ORG, TITLE
 * (the headline), EMAIL, TEL, ADR (the location, as the locality), URL (every profile), CATEGORIES
 * (tags), NOTE, and a UID so importing the file again updates the same contacts.
 */
import { collapseWhitespace } from '../names';
import type { Person } from '../types';
import { byName } from './model';
import { clean, contentLines, escapeText } from './text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** N: family name; given name; additional names; prefixes; suffixes. The last word is the family name. */
function structuredName(name: string): string {
  const words = collapseWhitespace(name).split(' ');
  const family = words.length > 1 ? (words.pop() ?? '') : '';
  return [family, words.join(' '), '', '', ''].map((part) => escapeText(part)).join(';');
}

/** A URI value is written as it is (no text escaping); anything that cannot be one is left out. */
const uri = (value: string) => (/^https?:\/\/\S+$/i.test(value) ? value : undefined);

export function personCard(person: Person): string[] {
  const text = (value: string) => escapeText(clean(value), { semicolon: false });
  const component = (value: string) => escapeText(clean(value));
  const lines = ['BEGIN:VCARD', 'VERSION:4.0'];
  if (UUID.test(person.id)) lines.push(`UID:urn:uuid:${person.id.toLowerCase()}`);
  lines.push(`FN:${text(person.name)}`, `N:${structuredName(clean(person.name))}`);
  if (person.company) lines.push(`ORG:${component(person.company)}`);
  if (person.headline) lines.push(`TITLE:${text(person.headline)}`);
  for (const email of person.emails) lines.push(`EMAIL:${text(email)}`);
  if (person.phone) lines.push(`TEL:${text(person.phone)}`);
  if (person.location) lines.push(`ADR:;;;${component(person.location)};;;`);
  const links = [person.profiles.linkedin, person.profiles.github, ...person.profiles.other];
  for (const link of links) {
    const value = link ? uri(link) : undefined;
    if (value) lines.push(`URL:${value}`);
  }
  if (person.tags.length > 0) lines.push(`CATEGORIES:${person.tags.map(text).join(',')}`);
  if (person.notes.trim()) lines.push(`NOTE:${text(person.notes)}`);
  lines.push('END:VCARD');
  return lines;
}

/** Every person, by name, in one file (CRLF line ends, lines folded at 75 octets). */
export function vcards(people: readonly Person[]): string {
  const sorted = [...people].sort((a, b) => byName(a.name, b.name));
  return contentLines(sorted.flatMap(personCard));
}
