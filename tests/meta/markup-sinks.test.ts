import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files';

/**
 * Page text is data, never markup: no code of ours turns a string into HTML or code. web-ext lint's two
 * UNSAFE_VAR_ASSIGNMENT warnings come from Preact's renderer (its support for `dangerouslySetInnerHTML`,
 * in the shared jsxRuntime chunk and the popup bundle); this test keeps that prop, and every other sink,
 * out of our code, so the branch in Preact is never reached (README, "Releasing").
 */
const SINKS = [
  /\.innerHTML\b/,
  /\.outerHTML\s*=/,
  /insertAdjacentHTML/,
  /dangerouslySetInnerHTML/,
  /document\.write/,
  /\beval\s*\(/,
  /new Function\s*\(/,
  /createContextualFragment/,
];

function sinksIn(files: { path: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    for (const sink of SINKS) if (sink.test(file.text)) found.push(`${file.path}: ${sink.source}`);
  }
  return found;
}

describe('markup sinks', () => {
  it('finds none in src/', () => {
    expect(sinksIn(sourceFiles())).toEqual([]);
  });

  it('would find one (the scan works)', () => {
    expect(sinksIn([{ path: 'x.tsx', text: '<div dangerouslySetInnerHTML={{ __html: s }} />' }])).toEqual([
      'x.tsx: dangerouslySetInnerHTML',
    ]);
    expect(sinksIn([{ path: 'y.ts', text: 'node.innerHTML = page;' }])).toEqual(['y.ts: \\.innerHTML\\b']);
  });
});
