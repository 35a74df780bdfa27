/**
 * The published schema versions. Never edit a version once it has shipped: add the next one with an
 * upgrade function (see docs/schema-upgrades.md) and a test that opens a database written by the
 * previous version.
 */

export const DATABASE_NAME = 'loopkeeper';

/** Version 1: every object in PRODUCT.md, indexed for the hot paths. */
export const SCHEMA_V1 = {
  companies: 'id, &nameKey, domain, updatedAt',
  loops: 'id, companyId, status, updatedAt',
  people: 'id, nameKey, *profileKeys, updatedAt',
  participations: 'id, loopId, personId, &[loopId+personId]',
  touches: 'id, [personId+on], loopId',
  // Open reminders by date: [status+showOn] answers "open and snoozed reminders up to a day" by range.
  reminders: 'id, &key, [status+showOn], personId, loopId',
  templates: 'kind',
  settings: 'id',
  meta: 'key',
} as const;

/**
 * Version 2: touches by [loopId+on], so a loop's timeline reads its touches already in date order
 * through the index instead of sorting in memory; the upgrade also recomputes every person's
 * `profileKeys` with the canonical rules of domain/urls (see upgrades.ts and docs/schema-upgrades.md).
 * Only the tables that change are listed; the others carry over from version 1.
 */
export const SCHEMA_V2 = {
  touches: 'id, [personId+on], loopId, [loopId+on]',
} as const;

/**
 * Version 3: people's `*nameWords` (every word of the name in the spellings a user types: "david" in
 * "Wei (David) Zhang", "mueller" for "Müller"), so Add person and capture find a person by any word of
 * the name through the index; the upgrade computes it for every person and gives the settings row the
 * user's email addresses (none yet). `nameKey` itself is unchanged (companies keep their unique key).
 */
export const SCHEMA_V3 = {
  people: 'id, nameKey, *profileKeys, *nameWords, updatedAt',
} as const;

/**
 * Version 4: reminders by [status+expiresOn], so "how many are due" is two index counts: every pending
 * reminder of the date range (the [status+showOn] index) less the few whose thank-you window has
 * lapsed since the daily pass last marked them expired (this index, read up to today). Counting used
 * to walk every pending record of the range to test its `expiresOn`, which with years of reminders
 * kept the database busy while the popup and the toolbar badge waited. No record changes.
 */
export const SCHEMA_V4 = {
  reminders: 'id, &key, [status+showOn], personId, loopId, [status+expiresOn]',
} as const;

export const CURRENT_SCHEMA_VERSION = 4;
