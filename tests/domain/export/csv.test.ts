import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/domain/export/csv';
import { LOOP_COLUMNS, loopsCsv } from '../../../src/domain/export/loops-csv';
import { PEOPLE_COLUMNS, peopleCsv } from '../../../src/domain/export/people-csv';
import { DATA, dana, LABELS, loop } from './sample';

/** Parsed back by an independent RFC 4180 parser (papaparse), as a spreadsheet would. */
function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded ', '" padded "'],
    ['=1+2', "'=1+2"],
    ['+1 (555) 010', "'+1 (555) 010"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes a BOM, CRLF between records and a final CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', undefined]])).toBe('\uFEFFa,b\r\n1,\r\n');
  });
});

describe('people CSV', () => {
  it('has a row per person with their loops and roles, and reads back field for field', () => {
    const rows = parse(peopleCsv(DATA, LABELS));
    expect(rows[0]).toEqual(PEOPLE_COLUMNS.map((c) => `col:${c}`));
    expect(rows).toHaveLength(3);
    const [ana, danaRow] = [rows[1], rows[2]];
    expect(ana?.[0]).toBe('Ana María Núñez 🌟');
    expect(ana?.[12]).toBe("'@mention\tand tab");
    const cell = (name: (typeof PEOPLE_COLUMNS)[number]) => danaRow?.[PEOPLE_COLUMNS.indexOf(name)];
    expect(cell('name')).toBe('Dana Hill');
    expect(cell('headline')).toBe(dana.headline);
    expect(cell('emails')).toBe('dana@acme.example; dana@home.example');
    expect(cell('phone')).toBe("'+1 (555) 010-2000");
    expect(cell('connected')).toBe('Yes');
    expect(cell('tags')).toBe('warm; exec, board');
    expect(cell('notes')).toBe(dana.notes);
    expect(cell('loops')).toBe(
      'Acme, Inc. — VP Marketing (Hiring manager); =HYPERLINK("http://x.example","click") — Head of Growth (Executive)',
    );
    expect(cell('added')).toMatch(/^2026-01-1[01]$/);
  });
});

describe('loops CSV', () => {
  it('has a row per loop with the dated status history, formula-guarded', () => {
    const rows = parse(loopsCsv(DATA, LABELS));
    expect(rows[0]).toEqual(LOOP_COLUMNS.map((c) => `col:${c}`));
    const cell = (row: string[] | undefined, name: (typeof LOOP_COLUMNS)[number]) =>
      row?.[LOOP_COLUMNS.indexOf(name)];
    const [first, second] = [rows[1], rows[2]];
    // "=HYPERLINK…" sorts before "Acme" and is shown as text.
    expect(cell(first, 'company')).toBe('\'=HYPERLINK("http://x.example","click")');
    expect(cell(first, 'deadline')).toBe('2026-02-26');
    expect(cell(first, 'people')).toBe('Dana Hill (Executive); Ana María Núñez 🌟 (HR)');
    expect(cell(second, 'company')).toBe('Acme, Inc.');
    expect(cell(second, 'status')).toBe('Not selected');
    expect(cell(second, 'since')).toBe('2026-02-10');
    expect(cell(second, 'started')).toBe('2026-01-05');
    expect(cell(second, 'history')).toBe(
      '2026-01-05 Applied; 2026-01-20 Interviewing; 2026-02-10 Not selected',
    );
    expect(cell(second, 'source')).toBe('Referral');
    expect(cell(second, 'notes')).toBe(loop.notes);
    expect(cell(second, 'toImprove')).toBe("'-numbers");
  });
});
