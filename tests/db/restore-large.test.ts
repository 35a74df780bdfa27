/**
 * Large restores: written in chunks with progress, all in one transaction (a failure in any chunk
 * leaves the database exactly as it was), and a database filled to the text limits the product allows
 * gives a backup over the old 64 MiB cap that reads back and restores exactly.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup, serializeBackup } from '../../src/db/backup/create';
import { dumpTables } from '../../src/db/backup/dump';
import { BackupError, LIMITS } from '../../src/db/backup/format';
import { CHUNK, type RestoreProgress, restoreBackup } from '../../src/db/backup/restore';
import { readBackup } from '../../src/db/backup/validate';
import type { LoopkeeperDatabase } from '../../src/db/database';
import { createPerson } from '../../src/db/people';
import type { Person } from '../../src/domain/types';
import { freshDatabase } from '../helpers/db';
import { buildRealisticDatabase } from './fixtures/realistic';

let db: LoopkeeperDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

const AT = new Date('2026-02-13T10:00:00.000Z');
const LATER = new Date('2026-02-13T10:00:01.000Z');

/** `count` copies of `person` with ids of their own, put straight into the table. */
async function copiesOf(person: Person, count: number, tag: string): Promise<void> {
  const people: Person[] = [];
  for (let i = 0; i < count; i++) {
    people.push({
      ...person,
      id: `${tag}-${i}`,
      name: `${person.name} ${i}`,
      nameKey: `${person.nameKey} ${i}`,
    });
  }
  await db.people.bulkAdd(people);
}

/** A person with every text field the product accepts filled to its limit. */
function fullPerson(seed: string) {
  const text = (length: number) =>
    `${seed} ü€ `.repeat(Math.ceil(length / (seed.length + 4))).slice(0, length);
  return {
    name: text(110).trim(), // room for the copies' numbers within the 120 a name may have
    headline: text(300),
    company: text(200),
    location: text(200),
    phone: '+1 555 0100',
    notes: text(20_000),
    tags: Array.from({ length: 50 }, (_, i) => `${seed}-${i}`.padEnd(60, 'x')),
    emails: Array.from({ length: 20 }, (_, i) => `${seed}.${i}@example.com`),
  };
}

describe('a large restore', () => {
  it('writes in chunks inside one transaction and says how far it is', { timeout: 180_000 }, async () => {
    await buildRealisticDatabase();
    const seed = await createPerson({ name: 'Chunked Person', notes: 'A short note.' });
    await copiesOf(seed, CHUNK * 2 + 10, 'chunk');
    const backup = await createBackup(AT);
    const expected = await dumpTables(db);
    db = await freshDatabase();
    await buildRealisticDatabase();

    const steps: RestoreProgress[] = [];
    const checked = await readBackup(serializeBackup(backup), LATER);
    await restoreBackup(checked.backup, 'replace', (progress) => steps.push(progress));

    const writing = steps.filter((s) => s.step === 'writing');
    expect(writing.length).toBeGreaterThan(3);
    const total = writing[0]?.total ?? 0;
    expect(total).toBeGreaterThan(CHUNK * 2);
    expect(writing.every((s) => s.total === total)).toBe(true);
    expect(writing.map((s) => s.done)).toEqual([...writing.map((s) => s.done)].sort((a, b) => a - b));
    expect(writing.at(-1)?.done).toBe(total);
    expect(steps.at(-1)?.step).toBe('planning');
    expect(await dumpTables(db)).toEqual(expected);
  });

  it.each([1, 2, 3])(
    'a failure in chunk %i leaves the saved data exactly as it was',
    { timeout: 180_000 },
    async (failing) => {
      const seed = await createPerson({ name: 'Abort Person', notes: 'A short note.' });
      await copiesOf(seed, CHUNK * 2 + 10, 'abort');
      const backup = await createBackup(AT);
      db = await freshDatabase();
      await buildRealisticDatabase();
      const before = await dumpTables(db);

      let calls = 0;
      const table = db.people;
      const original = table.bulkAdd.bind(table);
      const spy = vi.spyOn(table, 'bulkAdd').mockImplementation(((...args: Parameters<typeof original>) => {
        calls += 1;
        if (calls === failing) throw new Error('the disk said no');
        return original(...args);
      }) as typeof original);
      vi.spyOn(db, 'table').mockImplementation(((name: string) =>
        name === 'people' ? table : Object.getPrototypeOf(db).table.call(db, name)) as typeof db.table);
      try {
        const checked = await readBackup(serializeBackup(backup), LATER);
        await expect(restoreBackup(checked.backup, 'replace')).rejects.toThrow(
          /The restore stopped and nothing was changed: the disk said no/,
        );
      } finally {
        vi.restoreAllMocks();
      }
      expect(spy).toHaveBeenCalledTimes(failing);
      expect(await dumpTables(db)).toEqual(before);
    },
  );
});

describe('every backup Loopkeeper writes is restorable', () => {
  it('restores a database at the product text limits whose backup is over 64 MiB', {
    timeout: 600_000,
  }, async () => {
    // One person through the product's own validation, every field at its limit; then copies.
    const seed = await createPerson(fullPerson('limit'));
    expect(seed.notes).toHaveLength(20_000);
    await copiesOf(seed, 3_600, 'limit');
    await buildRealisticDatabase();
    const text = serializeBackup(await createBackup(AT));
    expect(text.length).toBeGreaterThan(64 * 1024 * 1024);
    expect(text.length).toBeLessThanOrEqual(LIMITS.fileChars);
    const expected = await dumpTables(db);

    db = await freshDatabase();
    await buildRealisticDatabase();
    const checked = await readBackup(text, LATER);
    await restoreBackup(checked.backup, 'replace');
    expect(await dumpTables(db)).toEqual(expected);
  });

  it('refuses a large file cut short, in plain words, and changes nothing', {
    timeout: 300_000,
  }, async () => {
    const seed = await createPerson(fullPerson('cut'));
    await copiesOf(seed, 600, 'cut');
    const text = serializeBackup(await createBackup(AT));
    db = await freshDatabase();
    await buildRealisticDatabase();
    const before = await dumpTables(db);
    const attempt = readBackup(text.slice(0, Math.floor(text.length / 2)), LATER);
    await expect(attempt).rejects.toThrow(BackupError);
    await expect(attempt).rejects.toThrow(/The file is not complete JSON, perhaps cut short/);
    expect(await dumpTables(db)).toEqual(before);
  });

  it('refuses a file longer than one string can hold, in plain words, before parsing it', async () => {
    // The real limit is V8's longest string, which no test can build past: a lowered one stands in.
    const limits = LIMITS as { fileChars: number };
    const real = limits.fileChars;
    limits.fileChars = 1_000;
    try {
      await expect(readBackup(`{"pad":"${'x'.repeat(1_000)}"}`, LATER)).rejects.toThrow(
        /The file is too large \(over 0 MB\): larger than any backup Loopkeeper writes/,
      );
    } finally {
      limits.fileChars = real;
    }
  });

  it('never writes a file the restore would refuse: a table past the reader’s cap is refused first', async () => {
    const seed = await createPerson(fullPerson('cap'));
    const cap = LIMITS.perTable.templates;
    const templates = await db.templates.toArray();
    const extra = Array.from({ length: cap + 1 - templates.length }, (_, i) => ({
      ...(templates[0] as (typeof templates)[number]),
      kind: `extra-${i}` as never,
    }));
    await db.templates.bulkAdd(extra);
    expect(seed.id).toBeTruthy();
    await expect(createBackup(AT)).rejects.toThrow(/more than the 100 a backup may hold/);
  });
});
