import { beforeEach, describe, expect, it } from 'vitest';
import { backupStatus } from '../../src/db/backup/status';
import { findOrCreateCompany } from '../../src/db/companies';
import { database } from '../../src/db/database';
import { createLoop } from '../../src/db/loops';
import { setMeta } from '../../src/db/meta';
import { useReadDatabase } from '../../src/db/quick-read';
import { updateSettings } from '../../src/db/settings';
import { freshDatabase } from '../helpers/db';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 2, 1, 12);

beforeEach(async () => {
  const db = await freshDatabase();
  useReadDatabase(db.name);
});

async function someData(updatedAt: number): Promise<void> {
  const company = await findOrCreateCompany({ name: 'Acme' });
  const loop = await createLoop({ companyId: company.id, role: 'VP' });
  await database().loops.update(loop.id, { updatedAt });
}

describe('backup reminder', () => {
  it('says nothing while there is no data', async () => {
    expect(await backupStatus(NOW)).toEqual({ due: false, days: 0 });
  });

  it('never backed up: counts from the oldest unchanged record, so a new user is not asked on day one', async () => {
    await someData(NOW - 3 * DAY);
    expect(await backupStatus(NOW)).toEqual({ due: false, days: 3 });
    await database()
      .loops.toCollection()
      .modify({ updatedAt: NOW - 31 * DAY });
    expect(await backupStatus(NOW)).toEqual({ due: true, days: 31 });
  });

  it('is due once the last backup is as old as the setting, and never with 0', async () => {
    await someData(NOW - 100 * DAY);
    await setMeta('lastBackupAt', NOW - 29 * DAY);
    expect(await backupStatus(NOW)).toMatchObject({ due: false, days: 29, lastBackupAt: NOW - 29 * DAY });
    await setMeta('lastBackupAt', NOW - 30 * DAY);
    expect((await backupStatus(NOW)).due).toBe(true);
    await updateSettings({ backupReminderDays: 45 });
    expect((await backupStatus(NOW)).due).toBe(false);
    await updateSettings({ backupReminderDays: 0 });
    await setMeta('lastBackupAt', NOW - 400 * DAY);
    expect((await backupStatus(NOW)).due).toBe(false);
  });
});
