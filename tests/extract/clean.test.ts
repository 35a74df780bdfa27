import { describe, expect, it } from 'vitest';
import {
  clean,
  cleanCompany,
  cleanEmail,
  cleanName,
  cleanTitle,
  domainOf,
  looksLikeName,
} from '../../src/extract/clean';

describe('cleanName', () => {
  it.each([
    ['  Jane   Roe ', 'Jane Roe'],
    ['(3) Jane Roe | LinkedIn', 'Jane Roe'],
    ['Jane Roe · 1st', 'Jane Roe'],
    ['Jane Roe 2nd degree connection', 'Jane Roe'],
    ['Jane Roe (She/Her)', 'Jane Roe'],
    ['Jane Roe he/him', 'Jane Roe'],
    ['Jane Roe - GitHub', 'Jane Roe'],
    ['Jane\u0000 Roe\u202e', 'Jane Roe'],
    ['zu\u0308mra kinali', 'zümra kinali'],
    ['<script>alert(1)</script>', ''],
    ['https://evil.example', ''],
    ['jane@example.com', ''],
    ['---', ''],
    ['x'.repeat(121), ''],
  ])('%j → %j', (input, out) => expect(cleanName(input)).toBe(out));
});

describe('other fields', () => {
  it.each([
    [cleanTitle('  --  '), ''],
    [cleanTitle('<b>Boss</b>'), 'bBoss/b'],
    [cleanTitle('y'.repeat(400)).length, 300],
    [cleanCompany("Acme Widgets - We're hiring!"), 'Acme Widgets'],
    [cleanCompany('Acme · Full-time'), 'Acme'],
    [cleanCompany('Acme is hiring'), 'Acme'],
    [cleanEmail('mailto:Jane@Acme.Example?subject=hi'), 'jane@acme.example'],
    [cleanEmail('Sign in to view email'), ''],
    [domainOf('http://www.acme.example/careers'), 'acme.example'],
    [domainOf('acme.example'), 'acme.example'],
    [domainOf('not a domain'), ''],
    [clean('a\u200db', 10), 'a\u200db'],
    [clean(42, 10), '42'],
    [clean({}, 10), ''],
  ])('%#: %j', (actual, expected) => expect(actual).toBe(expected));
});

describe('looksLikeName', () => {
  it.each([
    ['Jane Roe', true, true],
    ['José da Silva', true, true],
    ["Austin O'Boyle", true, true],
    ['andrew kucharski', false, true],
    ['andrew kucharski', true, false],
    ['Profile Not Found', true, false],
    ['Our Team', true, false],
    ['Acme 2024', true, false],
    ['Luna', true, false],
  ])('%j (strict %s) → %s', (text, strict, out) => expect(looksLikeName(text, strict)).toBe(out));
});
