/**
 * The exports do work in proportion to the data, never to its square: every participation is read a
 * fixed number of times however many reminders, loops or people there are (lookups go through Maps).
 * Counted, not timed: a find() per row would read the participations millions of times here.
 */
import { describe, expect, it } from 'vitest';
import { calendarText, reminderEvents } from '../../src/dashboard/views/data/exports';
import type { BackupData } from '../../src/db/backup/format';
import { byDateThenKey, icalendar } from '../../src/domain/export/icalendar';
import { loopsCsv } from '../../src/domain/export/loops-csv';
import { peopleCsv } from '../../src/domain/export/people-csv';
import { reminderKey } from '../../src/domain/playbook/keys';
import type { Participation, Reminder } from '../../src/domain/types';
import { t } from '../../src/i18n/i18n';
import { acme, ana, LABELS, loop } from '../domain/export/sample';

const LOOPS = 400;
const PER_LOOP = 5;
const REMINDERS_PER_PERSON = 2;

/** An array that counts how often any of its elements is read. */
function counted<T>(items: T[]): { items: T[]; reads: () => number } {
  let reads = 0;
  const items2 = new Proxy(items, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && /^\d+$/.test(prop)) reads += 1;
      return Reflect.get(target, prop, receiver);
    },
  });
  return { items: items2, reads: () => reads };
}

function bigData() {
  const at = Date.UTC(2026, 0, 10, 12);
  const loops = Array.from({ length: LOOPS }, (_, l) => ({ ...loop, id: `loop-${l}`, role: `Role ${l}` }));
  const people = Array.from({ length: LOOPS * PER_LOOP }, (_, p) => ({
    ...ana,
    id: `person-${p}`,
    name: `Person ${p}`,
    nameKey: `person ${p}`,
  }));
  const participations: Participation[] = people.map((person, p) => ({
    id: `participation-${p}`,
    loopId: `loop-${Math.floor(p / PER_LOOP)}`,
    personId: person.id,
    role: 'interviewer',
    hitItOff: p % 2 === 0,
    met: ['2026-01-05'],
    notes: '',
    createdAt: at + p,
  }));
  const reminders: Reminder[] = participations.flatMap((p, i) =>
    Array.from({ length: REMINDERS_PER_PERSON }, (_, k) => {
      const anchor = `2026-01-0${k + 5}`;
      return {
        id: `reminder-${i}-${k}`,
        key: reminderKey('thank-you', p.loopId, p.personId, anchor),
        kind: 'thank-you' as const,
        loopId: p.loopId,
        personId: p.personId,
        anchor,
        due: '2026-03-01',
        showOn: '2026-03-01',
        status: 'open' as const,
        createdAt: at,
        updatedAt: at,
      };
    }),
  );
  const watched = counted(participations);
  const data = {
    companies: [acme],
    loops,
    people,
    participations: watched.items,
    touches: [],
    reminders,
    templates: [],
    settings: [],
    meta: [],
  } as unknown as BackupData;
  return { data, reads: watched.reads, participations: participations.length };
}

describe('exports in linear time', () => {
  it('the calendar reads each participation once, and writes what icalendar() writes', async () => {
    const { data, reads, participations } = bigData();
    const events = await reminderEvents(data, '2026-02-01');
    expect(events).toHaveLength(participations * REMINDERS_PER_PERSON);
    // Quadratic (a find per reminder) would be about 4,000 × 2,000 / 2 = 4 million reads.
    expect(reads()).toBeLessThanOrEqual(2 * participations);
    const now = new Date('2026-02-01T09:00:00Z');
    const sliced = await calendarText(data, now);
    expect(sliced).toBe(icalendar([...events].sort(byDateThenKey), { name: t('data_calendar_name'), now }));
  });

  it('the loops and people CSVs read each participation a fixed number of times', () => {
    const loops = bigData();
    const loopsText = loopsCsv(loops.data, LABELS);
    expect(loops.reads()).toBeLessThanOrEqual(2 * loops.participations);
    expect(loopsText.split('\r\n').filter(Boolean).length).toBeGreaterThanOrEqual(LOOPS + 1);

    const people = bigData();
    const peopleText = peopleCsv(people.data, LABELS);
    expect(people.reads()).toBeLessThanOrEqual(2 * people.participations);
    expect(peopleText).toContain('Person 1999');
  });
});
