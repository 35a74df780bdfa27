/**
 * Built only in `--mode e2e` (the end-to-end suite and the benchmark), never shipped: an extension page
 * that hands the product's own repository functions to the test driver, so seeded data goes in through
 * exactly the code paths the user's does, in the extension's own origin and database.
 */
import { readSnapshot } from '../db/backup/snapshot';
import { inOneTransaction } from '../db/batch';
import * as companies from '../db/companies';
import { database } from '../db/database';
import * as loops from '../db/loops';
import * as meta from '../db/meta';
import * as participations from '../db/participations';
import * as people from '../db/people';
import * as reminders from '../db/reminders';
import * as settings from '../db/settings';
import * as touches from '../db/touches';
import { loadSampleData } from '../demo/sample-data';
import { notifyDataChanged } from '../ui/data-changed';

const bridge = {
  companies,
  inOneTransaction,
  loops,
  meta,
  participations,
  people,
  reminders,
  settings,
  touches,
  loadSampleData,
  notifyDataChanged,
  /** Every record of every table (the Data view's backups and exports are compared with it). */
  readSnapshot,
  /** Counts of every table, for assertions. */
  async counts() {
    const db = database();
    const entries = await Promise.all(
      db.tables.map(async (table) => [table.name, await table.count()] as const),
    );
    return Object.fromEntries(entries);
  },
};

(globalThis as { loopkeeper?: typeof bridge }).loopkeeper = bridge;
export type Bridge = typeof bridge;
document.title = 'Loopkeeper test bridge ready';
