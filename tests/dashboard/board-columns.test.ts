import { describe, expect, it } from 'vitest';
import {
  COLUMNS,
  columnOf,
  initials,
  neighbour,
  OPEN_STATUSES,
} from '../../src/dashboard/views/board/columns';

describe('board columns', () => {
  it('has one column per live stage and the offer, then one for every ending', () => {
    expect(COLUMNS.map((c) => c.id)).toEqual([
      'applied',
      'screening',
      'interviewing',
      'final-round',
      'offer',
      'closed',
    ]);
    expect(OPEN_STATUSES).toEqual(['applied', 'screening', 'interviewing', 'final-round', 'offer']);
    for (const status of ['rejected', 'withdrawn', 'declined', 'accepted'] as const)
      expect(columnOf(status).id).toBe('closed');
  });

  it('the arrow keys step one column, and stop at either end', () => {
    expect(neighbour('applied', -1)).toBeUndefined();
    expect(neighbour('applied', 1)?.id).toBe('screening');
    expect(neighbour('offer', 1)?.id).toBe('closed');
    expect(neighbour('rejected', -1)?.id).toBe('offer');
    expect(neighbour('accepted', 1)).toBeUndefined();
  });

  it('initials: the first letters of the first and last word', () => {
    expect(initials('Dana Hill')).toBe('DH');
    expect(initials('  zoë ')).toBe('Z');
    expect(initials('Jean-Luc van Damme')).toBe('JD');
    expect(initials('Ölçer Şahin')).toBe('ÖŞ');
    expect(initials('')).toBe('');
  });
});
