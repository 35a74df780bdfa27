/**
 * Data rewrites of the schema upgrades, one function per version. Each runs inside Dexie's upgrade
 * transaction on an existing database, and the same rewrite is applied to the records of a backup
 * written at an older schema version (src/db/backup/upgrade.ts), so an old file restores into the
 * current shape. See docs/schema-upgrades.md for the procedure.
 */
import type { Transaction } from 'dexie';
import { searchKeys } from '../domain/names';
import type { Person, Settings } from '../domain/types';
import { profileKey } from '../domain/urls';

/** Every canonical profile key of a person's links, unique: what the `*profileKeys` index holds. */
export function canonicalProfileKeys(profiles: Person['profiles']): string[] {
  const urls = [profiles.linkedin, profiles.github, ...(profiles.other ?? [])].filter(
    (url): url is string => !!url,
  );
  return [...new Set(urls.map(profileKey).filter((key) => key !== ''))];
}

/** Version 2: `profileKeys` recomputed with the canonical URL rules (older keys missed matches). */
export function personToV2(person: Person): Person {
  return { ...person, profileKeys: canonicalProfileKeys(person.profiles) };
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<Person, string>('people')
    .toCollection()
    .modify((person) => {
      person.profileKeys = canonicalProfileKeys(person.profiles);
    });
}

/** Version 3: the search words of the name, for the `*nameWords` index. */
export function personToV3(person: Person): Person {
  return { ...person, nameWords: searchKeys(person.name) };
}

/** Version 3: the user's email addresses, none until the user gives them. */
export function settingsToV3<S extends Partial<Settings>>(settings: S): S & { myEmails: string[] } {
  return { ...settings, myEmails: settings.myEmails ?? [] };
}

export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table<Person, string>('people')
    .toCollection()
    .modify((person) => {
      person.nameWords = searchKeys(person.name);
    });
  await tx
    .table<Partial<Settings>, string>('settings')
    .toCollection()
    .modify((settings) => {
      settings.myEmails ??= [];
    });
}
