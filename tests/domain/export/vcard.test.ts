import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/domain/export/text';
import { personCard, vcards } from '../../../src/domain/export/vcard';
import { ana, dana } from './sample';

const octets = (line: string) => new TextEncoder().encode(line).length;

/** Unfolds and splits by CRLF, the way RFC 6350 §3.2 says a reader must. */
function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return text.slice(0, -2).split('\r\n');
}

describe('vCard 4.0', () => {
  const text = vcards([dana, ana]);

  it('uses CRLF and folds every line at 75 octets without splitting a character', () => {
    const lines = physicalLines(text);
    for (const line of lines) expect(octets(line), line).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    const long = 'é'.repeat(100);
    const folded = fold(`NOTE:${long}`);
    expect(folded.replace(/\r\n /g, '')).toBe(`NOTE:${long}`);
    for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('is read back by an independent parser (ical.js) with every field intact', () => {
    const cards = ICAL.parse(text) as unknown as unknown[];
    expect(cards).toHaveLength(2);
    const [first, second] = cards.map((jcard) => new ICAL.Component(jcard as unknown[]));
    // Sorted by name: Ana before Dana.
    expect(first?.getFirstPropertyValue('fn')).toBe('Ana María Núñez 🌟');
    expect(first?.getFirstPropertyValue('note')).toBe('@mention and tab');
    const card = second as ICAL.Component;
    expect(card.getFirstPropertyValue('version')).toBe('4.0');
    expect(card.getFirstPropertyValue('uid')).toBe(`urn:uuid:${dana.id}`);
    expect(card.getFirstPropertyValue('fn')).toBe('Dana Hill');
    expect(card.getFirstProperty('n')?.getValues()).toEqual([['Hill', 'Dana', '', '', '']]);
    expect(card.getFirstPropertyValue('org')).toBe('Acme, Inc.');
    expect(card.getFirstPropertyValue('title')).toBe('Chief Marketing Officer; "Growth"');
    expect(card.getAllProperties('email').map((p) => p.getFirstValue())).toEqual(dana.emails);
    expect(card.getFirstPropertyValue('tel')).toBe('+1 (555) 010-2000');
    expect(card.getAllProperties('url').map((p) => p.getFirstValue())).toEqual([
      'https://www.linkedin.com/in/dana-hill/',
      'https://dana.example/blog?a=1,2',
    ]);
    expect(card.getFirstProperty('categories')?.getValues()).toEqual(['warm', 'exec, board']);
    expect(card.getFirstPropertyValue('note')).toBe(dana.notes);
  });

  it('escapes , \\ and newlines in text values, and ; in structured ones (RFC 6350 §3.4)', () => {
    const lines = personCard({ ...dana, notes: 'a,b;c\\d\ne', headline: 'x', company: 'A;B, C' });
    expect(lines).toContain('NOTE:a\\,b;c\\\\d\\ne');
    expect(lines).toContain('ORG:A\\;B\\, C');
    expect(lines).toContain('N:Hill;Dana;;;');
    expect(lines[0]).toBe('BEGIN:VCARD');
    expect(lines[1]).toBe('VERSION:4.0');
    expect(lines.at(-1)).toBe('END:VCARD');
  });

  it('leaves out what a person does not have, and a one-word name is a given name', () => {
    const lines = personCard({ ...ana, name: 'Cher', id: 'not-a-uuid' });
    expect(lines).toEqual([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Cher',
      'N:;Cher;;;',
      'NOTE:@mention and tab',
      'END:VCARD',
    ]);
  });
});
