import { describe, expect, it } from 'vitest';
import type { Reminder, ReminderKind } from '../../src/domain/types';
import type { Row, Section } from '../../src/popup/load';
import { arrangeSections, groupRows } from '../../src/popup/order';

const row = (id: string, kind: ReminderKind, loopId?: string, personId?: string): Row =>
  ({ reminder: { id, kind, loopId, personId } as Reminder }) as Row;
const section = (name: Section['name'], rows: Row[]): Section => ({ name, rows, more: false });
const ids = (rows: Row[]) => rows.map((r) => r.reminder.id);

describe('the popup’s order', () => {
  it('shows today first, above overdue, when today holds a thank-you — and the thank-you first in it', () => {
    const sections = arrangeSections([
      section('overdue', [row('old', 'rejection-follow-up', 'acme', 'dana')]),
      section('today', [
        row('review', 'process-review', 'acme'),
        row('thanks', 'thank-you', 'initech', 'robin'),
      ]),
      section('upcoming', [row('call', 'rapport-call', 'acme', 'dana')]),
    ]);
    expect(sections.map((s) => s.name)).toEqual(['today', 'overdue', 'upcoming']);
    expect(ids(sections[0]?.rows ?? [])).toEqual(['thanks', 'review']);
  });

  it('keeps overdue first when today holds no thank-you', () => {
    const sections = arrangeSections([
      section('overdue', [row('old', 'thank-you', 'acme', 'dana')]),
      section('today', [row('f', 'rejection-follow-up', 'acme', 'dana')]),
      section('upcoming', []),
    ]);
    expect(sections.map((s) => s.name)).toEqual(['overdue', 'today', 'upcoming']);
  });

  it('groups by loop, loop-less reminders by person, where the group’s first reminder stood', () => {
    const groups = groupRows([
      row('a1', 'rejection-follow-up', 'acme', 'dana'),
      row('g1', 'offer-questions', 'globex'),
      row('a2', 'rejection-follow-up', 'acme', 'lee'),
      row('p1', 'progress-update', undefined, 'sam'),
      row('p2', 'five-month-check-in', undefined, 'sam'),
      row('t1', 'thank-you', 'initech', 'robin'),
    ]);
    expect(groups.map((g) => [g.key, ids(g.rows)])).toEqual([
      ['loop:initech', ['t1']],
      ['loop:acme', ['a1', 'a2']],
      ['loop:globex', ['g1']],
      ['person:sam', ['p1', 'p2']],
    ]);
  });
});
