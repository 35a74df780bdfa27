import { beforeEach, describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../../src/db/backup/create';
import { dumpTables } from '../../src/db/backup/dump';
import { previewRestore, restoreBackup } from '../../src/db/backup/restore';
import { readBackup } from '../../src/db/backup/validate';
import { findOrCreateCompany } from '../../src/db/companies';
import { database } from '../../src/db/database';
import { createLoop } from '../../src/db/loops';
import { addParticipant } from '../../src/db/participations';
import { createPerson } from '../../src/db/people';
import { listRemindersOfPerson } from '../../src/db/reminders';
import { updateSettings } from '../../src/db/settings';
import { freshDatabase } from '../helpers/db';
import { buildRealisticDatabase } from './fixtures/realistic';

let text: string;

beforeEach(async () => {
  await freshDatabase();
  await buildRealisticDatabase();
  text = serializeBackup(await createBackup());
});

const read = async () => (await readBackup(text)).backup;
const byName = async (name: string) => (await database().people.toArray()).filter((p) => p.name === name);

describe('Merge', () => {
  it('merging a backup into the database it came from changes nothing, however often', async () => {
    const before = await dumpTables(database());
    const preview = await previewRestore(await read());
    for (const change of Object.values(preview.merge.changes))
      expect(change).toEqual({ added: 0, updated: 0 });
    expect(preview.merge.people).toEqual({ id: 4, profile: 0, name: 0, new: 0 });
    await restoreBackup(await read(), 'merge');
    await restoreBackup(await read(), 'merge');
    expect(await dumpTables(database())).toEqual(before);
  });

  it('matches people by canonical profile URL, then by name and company, and never duplicates them', async () => {
    await freshDatabase();
    // Saved here under other ids: Dana by another form of her LinkedIn address, Lee by name and company.
    const danaHere = await createPerson({
      name: 'Dana H.',
      emails: ['dana.hill@home.example'],
      profiles: { linkedin: 'https://linkedin.com/in/Dana-Hill', other: [] },
      notes: 'Old colleague',
    });
    const leeHere = await createPerson({ name: 'lee  PARK', company: 'acme, inc.' });
    const acme = await findOrCreateCompany({ name: 'ACME, Inc.' });
    const loopHere = await createLoop({ companyId: acme.id, role: 'Other role', on: '2025-11-01' });
    await addParticipant({ loopId: loopHere.id, personId: danaHere.id, role: 'peer' });

    const preview = await previewRestore(await read());
    expect(preview.merge.people).toEqual({ id: 0, profile: 1, name: 1, new: 2 });
    expect(preview.merge.changes.people).toEqual({ added: 2, updated: 2 });
    expect(preview.merge.changes.companies).toEqual({ added: 2, updated: 0 });

    await restoreBackup(await read(), 'merge');
    const db = database();
    expect(await db.people.count()).toBe(4);
    expect(await db.companies.count()).toBe(3);
    const [dana] = await byName('Dana H.');
    expect(dana?.id).toBe(danaHere.id);
    expect(dana?.emails).toEqual(['dana.hill@home.example', 'dana@acme.example']);
    expect(dana?.notes).toContain('Old colleague');
    expect(dana?.notes).toContain('loves cycling');
    expect(dana?.headline).toBe('Chief Marketing Officer');
    expect(dana?.profiles.other).toEqual(['https://dana.example/blog']);
    const [lee] = await byName('lee PARK');
    expect(lee?.id).toBe(leeHere.id);
    expect(lee?.connected).toBe(true);

    // Their participations, touches and reminders now hang on the people saved here.
    const danaLoops = await db.participations.where('personId').equals(danaHere.id).toArray();
    expect(danaLoops).toHaveLength(2);
    const file = await read();
    const danaInFile = file.data.people.find((p) => p.name === 'Dana Hill')?.id;
    const danaTouches = file.data.touches.filter((t) => t.personId === danaInFile).length;
    expect(danaTouches).toBeGreaterThan(0);
    expect(await db.touches.where('personId').equals(danaHere.id).count()).toBe(danaTouches);
    expect((await listRemindersOfPerson(danaHere.id)).some((r) => r.kind === 'rejection-follow-up')).toBe(
      true,
    );
    // The user's decisions in the file came along.
    const statuses = (await db.reminders.toArray()).map((r) => r.status);
    expect(statuses).toEqual(expect.arrayContaining(['done', 'dismissed', 'snoozed']));
    for (const r of await db.reminders.toArray()) {
      if (r.personId) expect(await db.people.get(r.personId), r.key).toBeTruthy();
      if (r.loopId) expect(await db.loops.get(r.loopId), r.key).toBeTruthy();
    }

    // A second merge of the same file finds everything already there.
    const after = await dumpTables(db);
    await restoreBackup(await read(), 'merge');
    expect(await dumpTables(db)).toEqual(after);
  });

  it('keeps what is saved here for settings and templates, and adds what is missing', async () => {
    await freshDatabase();
    await updateSettings({ myName: 'Someone Else' });
    await restoreBackup(await read(), 'merge');
    const db = database();
    expect((await db.settings.get('settings'))?.myName).toBe('Someone Else');
    expect((await db.templates.get('thank-you'))?.subject).toBe('Thank you, {firstName}');
  });

  it('a reminder closed in the file closes the same reminder still pending here', async () => {
    const backup = await read();
    const done = backup.data.reminders.find((r) => r.status === 'done');
    if (!done) throw new Error('the fixture has a done reminder');
    await database().reminders.update(done.id, { status: 'open' });
    await database().reminders.update(done.id, { closedOn: undefined });
    await restoreBackup(backup, 'merge');
    expect((await database().reminders.get(done.id))?.status).toBe('done');
  });

  it('Replace preview tells what is saved and what the file holds', async () => {
    const preview = await previewRestore(await read());
    expect(preview.saved).toEqual(preview.inFile);
    expect(preview.inFile.people).toBe(4);
  });
});
