/**
 * What importing LinkedIn connections or contacts would do to the saved people, before anything is
 * written: each entry is an update of the person it matches (only what is new: an email, a phone, a
 * profile link, the connected flag), a person to add (offered: only when the user ticks it), or
 * skipped with the reason. Planning the same file again after importing it finds nothing new.
 */
import { isCalendarDate } from '../today';
import type { CalendarDate, Person } from '../types';
import { isGitHubHost, isLinkedInHost, profileKey } from '../urls';
import type { Connection } from './linkedin';
import { type MatchedBy, PeopleIndex } from './match';
import type { Contact } from './vcard';

/** One entry of the file, whatever its format. */
export interface ImportEntry {
  /** Stable within the file: what a tick refers to. */
  key: string;
  name: string;
  emails: string[];
  urls: string[];
  company?: string;
  headline?: string;
  phone?: string;
  /** LinkedIn: connected, and since when. */
  connected: boolean;
  connectedOn?: CalendarDate;
}

/** The fields an update sets; the rest of the person is left as it is. */
export interface PersonChanges {
  emails?: string[];
  phone?: string;
  profiles?: Person['profiles'];
  connected?: true;
}

export type EntryReason = 'new' | 'repeated' | 'nothing-new' | 'no-name';

export type EntryPlan =
  | {
      entry: ImportEntry;
      action: 'update';
      personId: string;
      personName: string;
      by: MatchedBy;
      changes: PersonChanges;
      touchOn?: CalendarDate;
    }
  | { entry: ImportEntry; action: 'add' }
  | { entry: ImportEntry; action: 'skip'; reason: EntryReason; personName?: string };

const EMAIL = /^[^\s@]+@[^\s@]+$/;
const URL_OK = /^https?:\/\/[^\s]+$/i;

export function entriesOfConnections(connections: readonly Connection[]): ImportEntry[] {
  return connections.map((c) => ({
    key: `row ${c.row}`,
    name: c.name.slice(0, 120),
    emails: c.email && EMAIL.test(c.email) && c.email.length <= 254 ? [c.email.toLowerCase()] : [],
    urls: c.url && URL_OK.test(c.url) ? [c.url] : [],
    connected: true,
    ...(c.company ? { company: c.company.slice(0, 200) } : {}),
    ...(c.position ? { headline: c.position.slice(0, 300) } : {}),
    ...(c.connectedOn ? { connectedOn: c.connectedOn } : {}),
  }));
}

export function entriesOfContacts(contacts: readonly Contact[]): ImportEntry[] {
  return contacts.map((c) => ({
    key: `card ${c.card}`,
    name: c.name.slice(0, 120),
    emails: c.emails.filter((e) => EMAIL.test(e) && e.length <= 254).slice(0, 20),
    urls: c.urls.filter((u) => URL_OK.test(u) && u.length <= 2000).slice(0, 20),
    connected: false,
    ...(c.company ? { company: c.company.slice(0, 200) } : {}),
    ...(c.title ? { headline: c.title.slice(0, 300) } : {}),
    ...(c.phone ? { phone: c.phone.slice(0, 60) } : {}),
  }));
}

/** The person's profile links with the entry's new ones added where they fit; null when nothing is new. */
export function profilesWith(
  profiles: Person['profiles'],
  urls: readonly string[],
): Person['profiles'] | null {
  const next: Person['profiles'] = { ...profiles, other: [...profiles.other] };
  const known = new Set(
    [profiles.linkedin, profiles.github, ...profiles.other]
      .filter(Boolean)
      .map((u) => profileKey(u as string)),
  );
  let changed = false;
  for (const url of urls) {
    const key = profileKey(url);
    if (!key || known.has(key)) continue;
    const host = new URL(url).hostname;
    if (isLinkedInHost(host) && !next.linkedin) next.linkedin = url;
    else if (isGitHubHost(host) && !next.github) next.github = url;
    else if (next.other.length < 20) next.other.push(url);
    else continue;
    known.add(key);
    changed = true;
  }
  return changed ? next : null;
}

function changesFor(person: Person, entry: ImportEntry): PersonChanges {
  const changes: PersonChanges = {};
  const emails = person.emails.map((e) => e.toLowerCase());
  const newEmails = entry.emails.filter((e) => !emails.includes(e));
  if (newEmails.length && person.emails.length < 20)
    changes.emails = [...person.emails, ...newEmails].slice(0, 20);
  if (entry.phone && !person.phone) changes.phone = entry.phone;
  const profiles = profilesWith(person.profiles, entry.urls);
  if (profiles) changes.profiles = profiles;
  if (entry.connected && !person.connected) changes.connected = true;
  return changes;
}

/**
 * `linkedInTouches` holds `personId|date` of the LinkedIn touches already logged, so a connection
 * date is logged once.
 */
export function planEntries(
  entries: readonly ImportEntry[],
  people: readonly Person[],
  linkedInTouches: ReadonlySet<string> = new Set(),
): EntryPlan[] {
  const saved = new PeopleIndex(people);
  type Seen = { name: string; emails: string[]; profileKeys: string[]; company?: string };
  const inFile = new PeopleIndex<Seen>([]);
  return entries.map((entry): EntryPlan => {
    if (!entry.name.trim()) return { entry, action: 'skip', reason: 'no-name' };
    const wanted = {
      name: entry.name,
      emails: entry.emails,
      urls: entry.urls,
      ...(entry.company ? { company: entry.company } : {}),
    };
    const twice = inFile.find(wanted);
    inFile.add({ ...wanted, emails: entry.emails, profileKeys: entry.urls.map(profileKey).filter(Boolean) });
    if (twice) return { entry, action: 'skip', reason: 'repeated', personName: twice.person.name };
    const match = saved.find(wanted);
    if (!match) return { entry, action: 'add' };
    const person = match.person;
    const changes = changesFor(person, entry);
    const on = entry.connectedOn;
    const touchOn = on && isCalendarDate(on) && !linkedInTouches.has(`${person.id}|${on}`) ? on : undefined;
    if (Object.keys(changes).length === 0 && !touchOn) {
      return { entry, action: 'skip', reason: 'nothing-new', personName: person.name };
    }
    return {
      entry,
      action: 'update',
      personId: person.id,
      personName: person.name,
      by: match.by,
      changes,
      ...(touchOn ? { touchOn } : {}),
    };
  });
}
