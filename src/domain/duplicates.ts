/**
 * Which saved people may be one person saved twice. The same profile address or the same email is
 * the same person. The same name is only when the companies agree: the same company, or no company
 * known on one side (a name saved from a selection, say). "Dana Hill" at Acme and "Dana Hill" at
 * Globex are two people, and are not offered for merging.
 */
import { nameKey } from './names';

export interface DuplicateCandidate {
  id: string;
  nameKey: string;
  profileKeys: readonly string[];
  emails: readonly string[];
  /** Every company the record is tied to: where the person works, and the companies of their loops. */
  companies: readonly string[];
}

function companiesAgree(a: DuplicateCandidate, b: DuplicateCandidate): boolean {
  const left = new Set(a.companies.map(nameKey).filter(Boolean));
  const right = b.companies.map(nameKey).filter(Boolean);
  if (left.size === 0 || right.length === 0) return true;
  return right.some((company) => left.has(company));
}

/** Groups of two or more records that may be the same person, each in the order given. */
export function duplicateGroupsOf<T>(items: readonly T[], candidate: (item: T) => DuplicateCandidate): T[][] {
  const parent = items.map((_item, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at] ?? at;
    return at;
  };
  const join = (a: number, b: number) => {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const records = items.map(candidate);
  // Records sharing a profile key or an email: one bucket per key, every member joined to the first.
  const firstWith = new Map<string, number>();
  const bucket = (key: string, index: number) => {
    const first = firstWith.get(key);
    if (first === undefined) firstWith.set(key, index);
    else join(first, index);
  };
  const byName = new Map<string, number[]>();
  records.forEach((record, index) => {
    for (const key of record.profileKeys) bucket(`profile ${key}`, index);
    for (const email of record.emails) bucket(`email ${email.trim().toLowerCase()}`, index);
    if (record.nameKey) byName.set(record.nameKey, [...(byName.get(record.nameKey) ?? []), index]);
  });
  for (const same of byName.values()) {
    for (let i = 0; i < same.length; i++) {
      for (let j = i + 1; j < same.length; j++) {
        const [a, b] = [same[i] as number, same[j] as number];
        if (companiesAgree(records[a] as DuplicateCandidate, records[b] as DuplicateCandidate)) join(a, b);
      }
    }
  }
  const groups = new Map<number, T[]>();
  items.forEach((item, index) => {
    const at = root(index);
    groups.set(at, [...(groups.get(at) ?? []), item]);
  });
  return [...groups.values()].filter((group) => group.length > 1);
}
