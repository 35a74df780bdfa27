/**
 * Team, speaker and people pages: many people, each once, none of them the subject. Only pages that say
 * they list people (team, speakers, about, … in the address, title or main heading) are read. A person is
 * a name-like element repeated in the same kind of card; the lines after it in the card are the title
 * and the company. Cards whose line names an animal or a plant (the office dog) are not people.
 */
import { cleanName, domainOf, looksLikeName, makeCompany, makePerson, nameKey } from './clean';
import { absUrl, attr, findAll, type PageIndex, textOf } from './dom';
import { metaHints } from './meta';
import type { PersonHit, SourceResult } from './types';

const PEOPLE_PAGE =
  /\b(team|teams|people|speakers|staff|about|leadership|founders|authors|members|board|faculty|crew|who[- ]we[- ]are|presenters|organi[sz]ers|committee|employees)\b/i;
const NAME_TAGS = /^(h[2-6]|strong|b|p|a|span|div|dt|td|li|cite)$/;
const ROLE =
  /\b(ceo|cto|coo|cfo|cmo|vp|founder|co-?founder|chief|head|director|manager|engineer|developer|designer|lead|officer|president|partner|recruiter|scientist|researcher|analyst|architect|consultant|advisor|adviser|intern|editor|writer|marketing|sales|product|operations|chair|member|professor|lecturer|student|specialist|coordinator|owner|principal|associate|assistant|fellow|treasurer|secretary)\b/i;
const ROLE_AT = /^(.{2,80}?)\s+(?:at|@|bei|chez)\s+(.{2,80})$/i;
const PET =
  /\b(dog|cat|kitten|puppy|pup|beagle|terrier|pointer|retriever|labrador|poodle|bulldog|spaniel|collie|corgi|husky|dachshund|chihuahua|pug|plant|cactus|fern|parrot|hamster|rabbit|bunny|goldfish|tortoise|turtle|mascot|pet)\b/i;

export function isPeoplePage(ix: PageIndex): boolean {
  const heads = ix
    .tag('h1')
    .slice(0, 3)
    .map((h) => textOf(h, 120));
  const title = textOf(ix.tag('title')[0] ?? null, 200).split(/\s+[|–—·:-]\s+/);
  // Short labels only ("Our team", "Speakers"): an article headline mentioning a speaker is not a list.
  return [ix.url.pathname.replace(/[-_/]/g, ' '), ...title, ...heads].some(
    (s) => s.split(' ').length <= 5 && PEOPLE_PAGE.test(s),
  );
}

/** The site's own domain when the page is on a bare domain (`acme.com`, `acme.co.uk`), else ''. */
export function bareDomain(host: string): string {
  const h = domainOf(host);
  const l = h.split('.');
  if (l.length === 2) return h;
  if (l.length === 3 && /^(co|com|org|net|ac|gov|edu)$/.test(l[1] ?? '') && (l[2] ?? '').length === 2)
    return h;
  return '';
}

/**
 * The classes that make a card a card, without those a generator adds per card: numbers
 * (`views-row-12`, `speaker-7`), parity and position (`odd`, `first`), states and variants (`is-active`,
 * `speaker--featured`). Cards of one list then share one signature.
 */
export function stableClasses(el: Element): string {
  return attr(el, 'class')
    .split(/\s+/)
    .filter((c) => c && !/\d|--|^(odd|even|first|last|active|featured|lead|is-.*|has-.*)$/i.test(c))
    .sort()
    .join('.');
}

/** "Staff Engineer at Acme" → title and company; undefined when the line is not of that form. */
export function splitRole(line: string): { title: string; company: string } | undefined {
  const m = ROLE_AT.exec(line);
  return m?.[1] && m[2] ? { title: m[1], company: m[2] } : undefined;
}

interface Card {
  nameEl: Element;
  name: string;
  lines: string[];
}

function cardOf(nameEl: Element, name: string): Card {
  const lines: string[] = [];
  for (let s = nameEl.nextElementSibling; s && lines.length < 3; s = s.nextElementSibling) {
    if (/^(a|ul|ol|nav|button|img|form|script)$/.test(s.localName)) continue; // icons and social links
    const line = textOf(s, 200);
    if (line && line.length <= 120) lines.push(line);
  }
  return { nameEl, name, lines };
}

function person(ix: PageIndex, card: Card, titleFirst: boolean): PersonHit | null {
  if (card.lines.some((l) => PET.test(l))) return null;
  const [a = '', b = ''] = card.lines;
  const split = !b && ROLE.test(a) ? splitRole(a) : undefined;
  const parent = card.nameEl.parentElement;
  const links = parent ? findAll(ix, parent, (e) => e.localName === 'a', 12) : [];
  const own = card.nameEl.closest('a') ?? findAll(ix, card.nameEl, (e) => e.localName === 'a', 1)[0];
  const mail = links.find((l) => /^mailto:/i.test(attr(l, 'href')));
  const linkedin = links.find((l) => /linkedin\.com\/in\//i.test(attr(l, 'href')));
  return makePerson({
    name: card.name,
    title: split ? split.title : titleFirst ? a : '',
    company: split ? split.company : titleFirst ? b : a,
    email: mail ? attr(mail, 'href') : '',
    profileUrl: absUrl(ix, attr(own ?? linkedin ?? null, 'href')),
  });
}

export function extractList(ix: PageIndex): SourceResult | null {
  if (!isPeoplePage(ix)) return null;
  const groups = new Map<string, Card[]>();
  const used = new Set<Element>();
  for (let i = 0; i < ix.els.length; i++) {
    if ((i & 255) === 0) ix.check();
    const el = ix.els[i] as Element;
    if (!NAME_TAGS.test(el.localName) || (ix.end[i] ?? i) - i > 4) continue;
    const parent = el.parentElement;
    if (!parent || used.has(parent)) continue;
    const name = cleanName(textOf(el, 80));
    if (!looksLikeName(name, false)) continue;
    used.add(parent);
    const sig = `${el.localName}.${stableClasses(el)}|${parent.localName}.${stableClasses(parent)}`;
    const list = groups.get(sig) ?? [];
    list.push(cardOf(el, name));
    groups.set(sig, list);
  }
  // The most repeated card wins; between equals (<h2><a>Name</a></h2>), the one whose cards carry lines.
  let best: Card[] = [];
  let bestScore = 0;
  for (const cards of groups.values()) {
    const score = cards.length + cards.filter((c) => c.lines.length).length / cards.length;
    if (score > bestScore) [best, bestScore] = [cards, score];
  }
  if (best.length < 3) return null;
  const titled = best.filter((c) => c.lines[0] && ROLE.test(c.lines[0])).length;
  const titleFirst = titled * 2 >= best.filter((c) => c.lines[0]).length;
  const people: PersonHit[] = [];
  const seen = new Map<string, PersonHit>();
  for (const card of best.slice(0, 500)) {
    const p = person(ix, card, titleFirst);
    if (!p) continue;
    const key = nameKey(p.name);
    const prev = seen.get(key);
    if (prev) Object.assign(prev, { ...p, ...prev });
    else {
      seen.set(key, p);
      people.push(p);
    }
  }
  if (people.length < 3) return null;
  const hints = metaHints(ix);
  const company = makeCompany(hints.siteName, bareDomain(ix.url.hostname));
  return company ? { people, company } : { people };
}
