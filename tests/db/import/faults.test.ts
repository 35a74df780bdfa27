/**
 * An import aborted at any one of its writes leaves the database exactly as it was: the shared fault
 * harness (tests/helpers/faults.ts) fails the first, the second, ... the last write in turn and compares
 * the full dump after each. Invites, connections and contacts alike.
 */
import { describe, expect, it } from 'vitest';
import { importInvite } from '../../../src/db/import/invite';
import { importEntries } from '../../../src/db/import/people';
import { parseInvite } from '../../../src/domain/import/calendar';
import { parseConnections } from '../../../src/domain/import/linkedin';
import { guestsOtherThan } from '../../../src/domain/import/plan-invite';
import { entriesOfConnections, entriesOfContacts } from '../../../src/domain/import/plan-people';
import { parseContacts } from '../../../src/domain/import/vcard';
import { APPLE_VCARDS, LINKEDIN_NEW, OUTLOOK_INVITE } from '../../domain/import/samples';
import { expectAllOrNothing, faultyDatabase } from '../../helpers/faults';
import { seedForImport } from './seed';

const [event] = parseInvite(OUTLOOK_INVITE);
const guests = guestsOtherThan(event as NonNullable<typeof event>, ['jordan.reyes@example.org']);
const connections = entriesOfConnections(parseConnections(LINKEDIN_NEW));
const contacts = entriesOfContacts(parseContacts(APPLE_VCARDS));

const IMPORTS: { name: string; run: () => Promise<unknown> }[] = [
  {
    name: 'an invite starting a loop',
    run: () =>
      importInvite(guests, '2026-03-10', {
        company: 'Globex Labs',
        domain: 'globex.com',
        role: 'Director of Product',
      }),
  },
  {
    name: 'connections, every new one ticked',
    run: () => importEntries(connections, new Set(connections.map((e) => e.key))),
  },
  {
    name: 'contacts, every new one ticked',
    run: () => importEntries(contacts, new Set(contacts.map((e) => e.key))),
  },
];

describe('an import aborted at any write', () => {
  it.each(IMPORTS)('$name: leaves the database identical', async ({ run }) => {
    const { db, faults } = await faultyDatabase();
    await seedForImport();
    const { steps } = await expectAllOrNothing(db, faults, run);
    expect(steps).toBeGreaterThan(1);
    db.close();
  });
});
