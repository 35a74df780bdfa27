import { LoopkeeperDatabase, useDatabase } from '../../src/db/database';
import { useReadDatabase } from '../../src/db/quick-read';

let counter = 0;

/** A new, empty database for one test, which the repository functions then use. */
export async function freshDatabase(): Promise<LoopkeeperDatabase> {
  counter += 1;
  const db = new LoopkeeperDatabase(`loopkeeper-test-${Date.now()}-${counter}`);
  await db.open();
  useDatabase(db);
  useReadDatabase(db.name);
  return db;
}
