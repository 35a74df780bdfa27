// Hostile pages: huge, deeply nested, or with markup where a name should be. No timing assertions here
// (timing belongs in `npm run bench`); only that extraction finishes, never throws, and returns clean text.
import { describe, expect, it } from 'vitest';
import { type Extraction, extractPage, runSource, SOURCES, type SourceName } from '../../src/extract/index';
import { deepPage, hugePage, scriptNamePage } from '../fixtures/pages/hostile';

function fields(x: Extraction): string[] {
  const hits = [x.subject, ...x.people].filter(Boolean);
  return [...hits.flatMap((h) => Object.values(h ?? {})), ...Object.values(x.company ?? {})].map(String);
}

function expectClean(x: Extraction): void {
  for (const v of fields(x)) {
    expect(v).not.toMatch(/[<>]/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting there are none
    expect(v).not.toMatch(/[\u0000-\u001f\u202e]/);
    expect(v.length).toBeLessThanOrEqual(2048);
  }
  if (x.subject) expect(x.subject.name.length).toBeLessThanOrEqual(120);
}

describe('hostile pages', () => {
  it('keeps script-like names as text or rejects them, in every source', () => {
    scriptNamePage(document);
    const x = extractPage(document, 'https://evil.example/p');
    expectClean(x);
    expect(x.subject?.name).toBeUndefined();
    for (const name of Object.keys(SOURCES) as SourceName[]) {
      const r = runSource(name, document, 'https://evil.example/p');
      for (const v of [r?.subject, ...(r?.people ?? [])].flatMap((h) => Object.values(h ?? {}))) {
        expect(String(v)).not.toMatch(/[<>]/);
      }
    }
    document.head.replaceChildren();
  });

  it('finishes on a 10 MB page and caps every field', () => {
    hugePage(document, 10);
    const x = extractPage(document, 'https://big.example/jane-roe');
    expectClean(x);
  });

  it('does not throw on 10,000 levels of nesting', () => {
    deepPage(document, 10_000);
    let x: Extraction | undefined;
    expect(() => {
      x = extractPage(document, 'https://deep.example/');
    }).not.toThrow();
    expectClean(x as Extraction);
    for (const name of Object.keys(SOURCES) as SourceName[]) {
      expect(() => runSource(name, document, 'https://deep.example/')).not.toThrow();
    }
  });

  it('returns nothing for an address that is not http(s)', () => {
    expect(extractPage(document, 'javascript:alert(1)')).toEqual({
      subject: null,
      people: [],
      company: null,
    });
  });
});
