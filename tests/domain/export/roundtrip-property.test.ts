/**
 * Any text survives each export: random strings (quotes, commas, semicolons, backslashes, newlines,
 * emoji, accents) written by our writers and read back by independent parsers come back as they were
 * (CSV with its formula guard; vCard and iCalendar with control characters dropped).
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/domain/export/csv';
import { icalendar } from '../../../src/domain/export/icalendar';
import { clean } from '../../../src/domain/export/text';
import { vcards } from '../../../src/domain/export/vcard';
import { ana } from './sample';

const tricky = fc.string({
  unit: fc.constantFrom(
    'a',
    'é',
    ' ',
    ',',
    ';',
    '"',
    '\\',
    '\n',
    '\r\n',
    '=',
    '+',
    '-',
    '@',
    '\t',
    '🌟',
    'ß',
    'x',
  ),
  maxLength: 120,
});
const guarded = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

describe('exports keep any text', () => {
  it('CSV', () => {
    fc.assert(
      fc.property(fc.array(tricky, { minLength: 1, maxLength: 4 }), (cells) => {
        const parsed = Papa.parse<string[]>(toCsv(['h'], [cells]).slice(1), {
          newline: '\r\n',
          delimiter: ',',
        });
        expect(parsed.errors).toEqual([]);
        expect(parsed.data[1]).toEqual(cells.map(guarded));
      }),
      { numRuns: 300 },
    );
  });

  it('vCard', () => {
    fc.assert(
      fc.property(tricky, tricky, (notes, company) => {
        const text = vcards([{ ...ana, name: 'Ana Núñez', notes: `n${notes}`, company: `c${company}` }]);
        const card = new ICAL.Component(ICAL.parse(text) as unknown[]);
        expect(card.getFirstPropertyValue('note')).toBe(clean(`n${notes}`).replace(/\r\n|\r/g, '\n'));
        expect(card.getFirstPropertyValue('org')).toBe(clean(`c${company}`).replace(/\r\n|\r/g, '\n'));
      }),
      { numRuns: 300 },
    );
  });

  it('iCalendar', () => {
    fc.assert(
      fc.property(tricky, tricky, (summary, description) => {
        const text = icalendar(
          [{ key: 'k|l|p|a', date: '2026-03-01', summary: `s${summary}`, description: `d${description}` }],
          {
            name: 'n',
            now: new Date('2026-03-01T00:00:00Z'),
          },
        );
        const vevent = new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent');
        expect(vevent).not.toBeNull();
        const event = new ICAL.Event(vevent ?? undefined);
        expect(event.summary).toBe(clean(`s${summary}`).replace(/\r\n|\r/g, '\n'));
        expect(event.description).toBe(clean(`d${description}`).replace(/\r\n|\r/g, '\n'));
      }),
      { numRuns: 300 },
    );
  });
});
