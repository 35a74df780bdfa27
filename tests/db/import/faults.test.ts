/**
 * An import aborted at any one of its writes leaves the database exactly as it was. A Dexie middleware
 * counts every write (add, put, delete) the import makes and, run by run, fails the first, the second,
 * ... the last; after each, a full dump equals the dump before. Invites, connections and contacts alike.
 */
import type { DBCore, Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import { dumpTables } from '../../../src/db/backup/dump';
import { LoopkeeperDatabase, useDatabase } from '../../../src/db/database';
import { importInvite } from '../../../src/db/import/invite';
import { importEntries } from '../../../src/db/import/people';
import { useReadDatabase } from '../../../src/db/quick-read';
import { parseInvite } from '../../../src/domain/import/calendar';
import { parseConnections } from '../../../src/domain/import/linkedin';
import { guestsOtherThan } from '../../../src/domain/import/plan-invite';
import { entriesOfConnections, entriesOfContacts } from '../../../src/domain/import/plan-people';
import { parseContacts } from '../../../src/domain/import/vcard';
import { APPLE_VCARDS, LINKEDIN_NEW, OUTLOOK_INVITE } from '../../domain/import/samples';
import { seedForImport } from './seed';

class InjectedFault extends Error {}

/** Writes seen since `arm`; the `failAt`-th one (1-based) is refused. */
const faults = { armed: false, seen: 0, failAt: 0 };

const failingWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'failing-writes',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) => {
          if (faults.armed && ++faults.seen === faults.failAt)
            return Promise.reject(new InjectedFault(`write ${faults.seen}`));
          return table.mutate(request);
        },
      };
    },
  }),
};

let counter = 0;
async function seeded(): Promise<LoopkeeperDatabase> {
  counter += 1;
  const db = new LoopkeeperDatabase(`loopkeeper-faults-${Date.now()}-${counter}`);
  db.use(failingWrites);
  await db.open();
  useDatabase(db);
  useReadDatabase(db.name);
  await seedForImport();
  return db;
}

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
    await seeded();
    Object.assign(faults, { armed: true, seen: 0, failAt: 0 });
    await run();
    const writes = faults.seen;
    faults.armed = false;
    expect(writes).toBeGreaterThan(1);
    for (let failAt = 1; failAt <= writes; failAt++) {
      const db = await seeded();
      const before = await dumpTables(db);
      Object.assign(faults, { armed: true, seen: 0, failAt });
      const outcome = await run().then(
        () => 'finished',
        (error: unknown) => error,
      );
      faults.armed = false;
      expect(outcome, `write ${failAt} of ${writes}`).toBeInstanceOf(Error);
      expect(await dumpTables(db), `write ${failAt} of ${writes}`).toEqual(before);
      db.close();
    }
  });
});
