/**
 * What saving an invite would do: which loop it belongs to (proposed from the guests' email domain and
 * the title), and for each guest (the user left out) whether they are a new person, a saved person
 * joining the loop, a meeting added to someone already in it, or already met that day.
 */
import { nameKey } from '../names';
import type { CalendarDate, Participation, Person } from '../types';
import type { InviteEvent, InviteGuest } from './calendar';
import { type MatchedBy, nameFromEmail, PeopleIndex } from './match';

export interface OpenLoop {
  id: string;
  role: string;
  companyName: string;
  companyDomain?: string;
}

export type LoopChoice = { loopId: string } | { company: string; domain?: string; role: string };

/** Addresses of everyone's mail, which say nothing about the company. */
const PERSONAL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'web.de',
]);

const domainOf = (email: string) => (email.split('@')[1] ?? '').toLowerCase();

/** "mail.globex.com" matches a company at "globex.com", and the other way round. */
function sameDomain(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/^www\./, '');
  const y = b.toLowerCase().replace(/^www\./, '');
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

/** "globex-corp.co.uk" → "Globex Corp": a company name to start a loop at when none is open. */
export function companyFromDomain(domain: string): string {
  const labels = domain.split('.');
  const suffixes = labels.length > 2 && labels.at(-2)?.length === 2 ? 2 : 1;
  const main = labels.at(-1 - suffixes) ?? labels[0] ?? domain;
  return main
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** The guests other than the user (by any of the user's addresses). */
export function guestsOtherThan(event: InviteEvent, myEmails: readonly string[]): InviteGuest[] {
  const mine = new Set(myEmails.map((e) => e.toLowerCase()));
  return event.guests.filter((guest) => !mine.has(guest.email));
}

export function proposeLoop(
  event: InviteEvent,
  guests: readonly InviteGuest[],
  loops: readonly OpenLoop[],
): LoopChoice {
  const domains = [...new Set(guests.map((g) => domainOf(g.email)))].filter(
    (d) => d && !PERSONAL_DOMAINS.has(d),
  );
  const byDomain = loops.find(
    (loop) => loop.companyDomain && domains.some((d) => sameDomain(d, loop.companyDomain as string)),
  );
  if (byDomain) return { loopId: byDomain.id };
  const title = nameKey(event.title);
  const byTitle =
    loops.find((loop) => nameKey(loop.companyName) && title.includes(nameKey(loop.companyName))) ??
    loops.find((loop) => nameKey(loop.role) && title.includes(nameKey(loop.role)));
  if (byTitle) return { loopId: byTitle.id };
  const domain = domains[0];
  const company = domain ? companyFromDomain(domain) : '';
  return { company, ...(domain ? { domain } : {}), role: event.title.slice(0, 200) };
}

export type GuestReason = 'new' | 'joins-loop' | 'adds-meeting' | 'already-met';

export interface GuestPlan {
  guest: InviteGuest;
  /** The name saved: the invite's, or one made from the address. */
  name: string;
  personId?: string;
  personName?: string;
  by?: MatchedBy;
  /** The saved person lacks this address. */
  addsEmail: boolean;
  reason: GuestReason;
}

/**
 * `participations` are those of the chosen loop (none for a new loop); `company` its company's name,
 * which the same-name rule compares with.
 */
export function planGuests(
  guests: readonly InviteGuest[],
  date: CalendarDate,
  company: string,
  people: readonly Person[],
  participations: readonly Participation[],
): GuestPlan[] {
  const index = new PeopleIndex(people);
  return guests.map((guest) => {
    const name = (guest.name || nameFromEmail(guest.email) || guest.email).slice(0, 120);
    const match = index.find({ name, emails: [guest.email], urls: [], company });
    if (!match) return { guest, name, addsEmail: true, reason: 'new' };
    const person = match.person;
    const addsEmail =
      !person.emails.some((e) => e.toLowerCase() === guest.email) && person.emails.length < 20;
    const inLoop = participations.find((p) => p.personId === person.id);
    const reason: GuestReason = !inLoop
      ? 'joins-loop'
      : inLoop.met.includes(date)
        ? 'already-met'
        : 'adds-meeting';
    return { guest, name, personId: person.id, personName: person.name, by: match.by, addsEmail, reason };
  });
}
