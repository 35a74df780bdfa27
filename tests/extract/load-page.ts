/**
 * Loads one of the project's own fixture pages (tests/fixtures/pages) into a happy-dom Document, parsed
 * the way the command-line tools parse saved pages (no scripts run, nothing fetched).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../scripts/corpus-lib';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');

export interface FixtureCase {
  url: string;
  /** Sources that must find something on this page; every other source must find nothing. */
  fires: string[];
  expected: unknown;
}

export function loadCases(): Record<string, FixtureCase> {
  return JSON.parse(readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8')) as Record<
    string,
    FixtureCase
  >;
}

export function loadPage(file: string, url: string): Document {
  return parseHtml(readFileSync(path.join(FIXTURES, file), 'utf8'), url).document;
}
