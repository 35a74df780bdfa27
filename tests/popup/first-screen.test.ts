import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_ROWS, firstScreenLimits } from '../../src/popup/first-screen';
import type { Row, Section } from '../../src/popup/load';

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ reminder: { id: `r${i}` } }) as Row);
const section = (name: Section['name'], n: number): Section => ({ name, rows: rows(n), more: false });

describe('the first screen', () => {
  it('draws the first rows in section order, up to what a popup shows', () => {
    expect(firstScreenLimits([section('overdue', 2), section('today', 10), section('upcoming', 10)])).toEqual(
      {
        overdue: 2,
        today: FIRST_SCREEN_ROWS - 2,
        upcoming: 0,
      },
    );
  });

  it('draws every row of short lists, and nothing of empty sections', () => {
    expect(firstScreenLimits([section('overdue', 0), section('today', 1), section('upcoming', 2)])).toEqual({
      overdue: 0,
      today: 1,
      upcoming: 2,
    });
  });

  it('fills the screen from the first section when it is long', () => {
    expect(
      firstScreenLimits([section('overdue', 10), section('today', 3), section('upcoming', 0)], 4),
    ).toEqual({
      overdue: 4,
      today: 0,
      upcoming: 0,
    });
  });
});
