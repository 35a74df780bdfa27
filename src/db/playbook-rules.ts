/**
 * The playbook's rules change now and then (PRODUCT.md says when). A database planned under older
 * rules is brought to the current ones once: its stored settings are moved where the old default no
 * longer holds, and every loop is planned again (reconcile keeps done and dismissed reminders as
 * history, moves open ones, and makes superseded ones obsolete). The version reached is kept in
 * `meta.playbookRules`, so the pass runs once per database — and again after restoring a backup
 * written under older rules (its meta table comes with it).
 *
 * Rules versions:
 * 1. the first playbook;
 * 2. (2026-12-02) a thank-you is due the day of the meeting (it was M+1) and a rejection or withdrawal
 *    on or after the meeting makes it obsolete. A stored `thankYouDays` of 1 was the old default
 *    (settings are saved whole), so it becomes 0; any other value was the user's choice and is kept.
 */
import { database } from './database';
import { PLAYBOOK_RULES } from './playbook-rules-version';
import type { Affected } from './transaction';
import { write } from './transaction';

/** Inside the caller's write: true when the database was planned under older rules and is now current. */
export async function applyCurrentRules(affected: Affected): Promise<boolean> {
  const db = database();
  const reached = (await db.meta.get('playbookRules'))?.value;
  if (typeof reached === 'number' && reached >= PLAYBOOK_RULES) return false;
  const settings = await db.settings.get('settings');
  if (settings?.intervals && settings.intervals.thankYouDays === 1) {
    await db.settings.put({ ...settings, intervals: { ...settings.intervals, thankYouDays: 0 } });
  }
  await db.meta.put({ key: 'playbookRules', value: PLAYBOOK_RULES });
  affected.all = true;
  return true;
}

/**
 * One transaction: the settings moved, every reminder reconciled and the version noted, or none of it.
 * The worker calls this at every start, so an up-to-date database answers from one read, without
 * opening a read-write transaction over every table.
 */
export async function updateToCurrentRules(): Promise<boolean> {
  const reached = (await database().meta.get('playbookRules'))?.value;
  if (typeof reached === 'number' && reached >= PLAYBOOK_RULES) return false;
  return write(applyCurrentRules);
}
