// Hostile pages cost nothing (issue 12): on each kind of page built to choke an extractor, the extraction
// answers within its budget or gives up with "nothing found", never throws into the page, and what it
// returns is clean text. The budget is 50 ms; the assertions allow a fixed margin for the last step
// before the clock is read (and for a busy test machine), and a budget of 0 proves the give-up path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_MS } from '../../src/extract/dom';
import { type Extraction, extractPage } from '../../src/extract/index';
import {
  BIDI_NAME,
  bidiNamePage,
  deepPage,
  fiveMegabytePage,
  longTextNodePage,
  manyLinksPage,
} from '../fixtures/pages/hostile';

const MARGIN_MS = 150;
const NOTHING: Extraction = { subject: null, people: [], company: null };

function timed(url: string, budget?: number): { x: Extraction; ms: number } {
  const start = performance.now();
  const x = extractPage(document, url, budget);
  return { x, ms: performance.now() - start };
}

function texts(x: Extraction): string[] {
  return [x.subject, ...x.people, x.company].flatMap((h) => Object.values(h ?? {})).map(String);
}

function reset(): void {
  document.head.replaceChildren();
  try {
    document.body.replaceChildren();
  } catch {
    // happy-dom detaches a 10,000-deep tree recursively and overflows; the deep page is the last one.
  }
}

/** [label, build, address, big]: a big page gives up when its budget is spent; a small one always answers. */
const pages: [string, () => void, string, boolean][] = [
  ['a 5 MB page', () => fiveMegabytePage(document, 5), 'https://big.example/team', true],
  ['50,000 links', () => manyLinksPage(document, 50_000), 'https://links.example/people', true],
  ['100,000-character text nodes', () => longTextNodePage(document), 'https://long.example/team', false],
  [
    'names with bidi overrides and zero-width characters',
    () => bidiNamePage(document),
    'https://bidi.example/',
    false,
  ],
  ['a DOM nested 10,000 deep', () => deepPage(document, 10_000), 'https://deep.example/', true],
];

describe.each(pages)('%s', (_label, build, url, big) => {
  // Building 50,000 elements in a test DOM takes seconds on a busy machine; extraction is what is timed.
  beforeAll(() => {
    reset();
    build();
  }, 120_000);
  afterAll(reset);

  it(`answers within ${BUDGET_MS} ms (plus a margin) or finds nothing, and never throws`, () => {
    extractPage(document, url); // warm: the first call also compiles the extractor
    // The best of three: a garbage collection of the previous test page's DOM can land in any one run.
    const runs = [timed(url), timed(url), timed(url)];
    expect(Math.min(...runs.map((r) => r.ms))).toBeLessThan(BUDGET_MS + MARGIN_MS);
    for (const v of runs.flatMap((r) => texts(r.x))) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting there are none
      expect(v).not.toMatch(/[\u0000-\u001f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff<>]/);
      expect(v.length).toBeLessThanOrEqual(2048);
    }
  });

  it(
    big
      ? 'gives up with "nothing found" when its budget is spent'
      : 'is small: answers whatever the clock says',
    () => {
      const spent = timed(url, 0).x;
      if (big) expect(spent).toEqual(NOTHING);
      else expect(spent).toEqual(extractPage(document, url, Number.POSITIVE_INFINITY));
    },
  );
});

describe('text that enters the product', () => {
  beforeAll(reset);
  afterAll(reset);

  it('reads a name spelt with bidi overrides and zero-width characters as the plain name', () => {
    bidiNamePage(document);
    expect(BIDI_NAME).not.toBe('Jane Roe');
    const x = extractPage(document, 'https://bidi.example/', Number.POSITIVE_INFINITY);
    expect(x.subject).toEqual({ name: 'Jane Roe', title: 'Head of Platform' });
  });

  it('caps 100,000-character names: a name that long is no name', () => {
    longTextNodePage(document);
    const x = extractPage(document, 'https://long.example/team', Number.POSITIVE_INFINITY);
    expect(x.subject).toBeNull();
    for (const v of texts(x)) expect(v.length).toBeLessThanOrEqual(300);
  });

  it('throws nothing into the page when the DOM itself throws', () => {
    const evil = {
      get documentElement(): never {
        throw new Error('hostile getter');
      },
    } as unknown as Document;
    expect(() => extractPage(evil, 'https://evil.example/')).not.toThrow();
    expect(extractPage(evil, 'https://evil.example/')).toEqual(NOTHING);
  });
});
