import type { LoopkeeperDatabase } from './database';
import type { Affected } from './transaction';

/**
 * Brings the reminders of the affected loops and people in line with the playbook, inside the
 * caller's transaction. Filled in by the playbook (issue 3).
 */
export async function reconcileAfter(_db: LoopkeeperDatabase, _affected: Affected): Promise<void> {}
