/** Search that finds any word of a name, inside brackets and in the spellings people type. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesQuery, nameKey, queryWords, searchKeys } from '../../src/domain/names';

const finds = (query: string, name: string) => matchesQuery(query, searchKeys(name));

describe('matching a typed query against a name', () => {
  it.each([
    ['david', 'Wei (David) Zhang'],
    ['zhang', 'Wei (David) Zhang'],
    ['wei zh', 'Wei (David) Zhang'],
    ['(david)', 'Wei (David) Zhang'],
    ['muller', 'Jürgen Müller'],
    ['mueller', 'Jürgen Müller'],
    ['müller', 'Jürgen Müller'],
    ['müller', 'Jürgen Mueller'],
    ['MUEL', 'Jürgen Müller'],
    ['jurgen', 'Jürgen Müller'],
    ['juergen', 'Jürgen Müller'],
    ['francois', 'François Dupont'],
    ['bjorn', 'Björn Ek'],
    ['sao', 'Ana Lima (São Paulo)'],
    ['strasse', 'Greta Straße'],
    ['soren', 'Søren Kierkegaard'],
    ['lukasz', 'Łukasz Nowak'],
    ['brien', "Conor O'Brien"],
    ['obrien', 'Conor O’Brien'],
    ['smith', 'Anna Smith-Jones'],
    ['jones', 'Anna Smith-Jones'],
    ['dana', '  Dána   HILL '],
  ])('"%s" finds "%s"', (query, name) => {
    expect(finds(query, name)).toBe(true);
  });

  it.each([
    ['david', 'Davina Zhang'],
    ['zhang wu', 'Wei (David) Zhang'],
    ['joel', 'Jolene Park'],
    ['muller', 'Jürgen Mueller'],
    ['hill', 'Dana Hulton-Ng'],
  ])('"%s" does not find "%s"', (query, name) => {
    expect(finds(query, name)).toBe(false);
  });

  it('an empty query matches everyone; the spellings of a word are listed', () => {
    expect(finds('   ', 'Dana Hill')).toBe(true);
    expect(queryWords('Müller dana')).toEqual([['muller', 'mueller'], ['dana']]);
  });

  it('nameKey (the duplicate key) is unchanged: case, accents and spaces only', () => {
    expect(nameKey('  Dána   HILL ')).toBe('dana hill');
    expect(nameKey('Wei (David) Zhang')).toBe('wei (david) zhang');
  });
});

describe('properties', () => {
  const word = fc.stringMatching(/^[A-Za-zÀ-ÖØ-öø-ÿ]{1,12}$/);
  const name = fc.array(word, { minLength: 1, maxLength: 4 });

  it('every word of a name, and every prefix of it, finds the name', () => {
    fc.assert(
      fc.property(name, fc.nat(), fc.nat(), (words, pick, cut) => {
        const full = words.join(' ');
        const chosen = words[pick % words.length] as string;
        const prefix = chosen.slice(0, 1 + (cut % chosen.length));
        expect(finds(prefix, full)).toBe(true);
        expect(finds(prefix.toUpperCase(), full)).toBe(true);
      }),
    );
  });

  it('the name in brackets, with punctuation or in other case finds itself', () => {
    fc.assert(
      fc.property(name, (words) => {
        const full = words.join(' ');
        expect(finds(full, `(${words.join(', ')})`)).toBe(true);
        expect(finds(full.toLowerCase(), full.toUpperCase())).toBe(true);
      }),
    );
  });

  it('a word that starts no word of the name finds nothing', () => {
    fc.assert(
      fc.property(name, (words) => {
        expect(finds('qqqxz', words.join(' ').replace(/q/gi, ''))).toBe(false);
      }),
    );
  });
});
