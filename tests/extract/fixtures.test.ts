// Every project fixture page against the whole extractor (expected.json), and every page against every
// single source: a source must find something exactly on the pages listed as firing for it, so a rule
// that starts firing on the wrong page fails here.
import { describe, expect, it } from 'vitest';
import { extractPage, runSource, SOURCES, type SourceName } from '../../src/extract/index';
import { loadCases, loadPage } from './load-page';

const cases = Object.entries(loadCases());
const sources = Object.keys(SOURCES) as SourceName[];

describe('fixture pages', () => {
  it.each(cases)('%s gives the expected extraction', (file, c) => {
    // Correctness, not speed: no time budget (a cold, busy test DOM is many times slower than a browser).
    expect(extractPage(loadPage(file, c.url), c.url, Number.POSITIVE_INFINITY)).toEqual(c.expected);
  });

  it('covers every source with at least one page that fires it', () => {
    for (const s of sources)
      expect(
        cases.some(([, c]) => c.fires.includes(s)),
        s,
      ).toBe(true);
  });
});

describe('source × page matrix', () => {
  const matrix = cases.flatMap(([file, c]) =>
    sources.map((s) => [file, s, c.fires.includes(s), c.url] as const),
  );
  it.each(matrix)('%s / %s fires: %s', (file, source, fires, url) => {
    expect(runSource(source, loadPage(file, url), url) !== null).toBe(fires);
  });
});
