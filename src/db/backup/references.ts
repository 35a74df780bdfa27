/**
 * What no record schema can see alone: ids unique per table, the database's unique indexes, and every
 * reference pointing at a record that is in the same file. Run on a whole, shape-checked backup.
 */
import { reminderKey } from '../../domain/playbook/keys';
import { type BackupData, BackupError, type TableName } from './format';

const describe = (table: TableName, index: number, id: string) => `${table} record ${index + 1} (id "${id}")`;

function unique<T>(table: TableName, records: readonly T[], keyOf: (r: T) => string, what: string): void {
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const key = keyOf(record);
    const first = seen.get(key);
    if (first !== undefined) {
      throw new BackupError(
        `${table} records ${first + 1} and ${index + 1} have the same ${what} ("${key}"); each must be unique.`,
      );
    }
    seen.set(key, index);
  });
}

function pointsAt(
  table: TableName,
  index: number,
  id: string,
  field: string,
  target: string,
  ids: ReadonlySet<string>,
  what: string,
): void {
  if (!ids.has(target)) {
    throw new BackupError(
      `${describe(table, index, id)} points to ${what} "${target}" in ${field}, which is not in the file.`,
    );
  }
}

export function checkReferences(data: BackupData): void {
  unique('companies', data.companies, (r) => r.id, 'id');
  unique('companies', data.companies, (r) => r.nameKey, 'company name');
  unique('loops', data.loops, (r) => r.id, 'id');
  unique('people', data.people, (r) => r.id, 'id');
  unique('participations', data.participations, (r) => r.id, 'id');
  unique('participations', data.participations, (r) => `${r.loopId} + ${r.personId}`, 'loop and person');
  unique('touches', data.touches, (r) => r.id, 'id');
  unique('reminders', data.reminders, (r) => r.id, 'id');
  unique('reminders', data.reminders, (r) => r.key, 'key');
  unique('templates', data.templates, (r) => r.kind, 'kind');
  unique('meta', data.meta, (r) => r.key, 'key');

  const companies = new Set(data.companies.map((r) => r.id));
  const loops = new Set(data.loops.map((r) => r.id));
  const people = new Set(data.people.map((r) => r.id));

  data.loops.forEach((loop, i) => {
    pointsAt('loops', i, loop.id, 'companyId', loop.companyId, companies, 'company');
    const last = loop.history.at(-1);
    if (last?.status !== loop.status) {
      throw new BackupError(
        `${describe('loops', i, loop.id)} has a status that is not the last of its history.`,
      );
    }
    for (let h = 1; h < loop.history.length; h++) {
      if ((loop.history[h]?.on ?? '') < (loop.history[h - 1]?.on ?? '')) {
        throw new BackupError(`${describe('loops', i, loop.id)} has a status history out of date order.`);
      }
    }
  });
  data.participations.forEach((p, i) => {
    pointsAt('participations', i, p.id, 'loopId', p.loopId, loops, 'loop');
    pointsAt('participations', i, p.id, 'personId', p.personId, people, 'person');
  });
  data.touches.forEach((touch, i) => {
    pointsAt('touches', i, touch.id, 'personId', touch.personId, people, 'person');
    if (touch.loopId !== undefined) pointsAt('touches', i, touch.id, 'loopId', touch.loopId, loops, 'loop');
  });
  data.reminders.forEach((r, i) => {
    if (r.loopId !== null) pointsAt('reminders', i, r.id, 'loopId', r.loopId, loops, 'loop');
    if (r.personId !== null) pointsAt('reminders', i, r.id, 'personId', r.personId, people, 'person');
    if (r.key !== reminderKey(r.kind, r.loopId, r.personId, r.anchor)) {
      throw new BackupError(
        `${describe('reminders', i, r.id)} has a key that does not match its kind, loop, person and anchor.`,
      );
    }
  });
}
