/**
 * Shared by the extract tool, the corpus scorer and the benchmark: parse a saved page with happy-dom
 * (no script execution, no network, no resource loading) and read the corpus's expected answers.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { type Extraction, extractPage } from '../src/extract/index';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function corpusDir(): string {
  return process.env.LOOPKEEPER_CORPUS
    ? path.resolve(process.env.LOOPKEEPER_CORPUS)
    : path.resolve(repoRoot, '../shared/fixtures/pages');
}

/**
 * happy-dom 21 mis-tokenises a `<` followed by a letter inside <script> (`for(i=0;i<n.length;i++)`) and
 * swallows the rest of the page; browsers treat script bodies as raw text. Escaping `<` inside script
 * bodies (before a letter) as `\u003c` restores the browser's tree and keeps JSON-LD meaning the same (JSON reads the
 * escape back as `<`).
 */
export function neutraliseScripts(html: string): string {
  return html.replace(
    /(<script\b[^>]*>)([\s\S]*?)(<\/script\s*>)/gi,
    (_m, open: string, body: string, close: string) =>
      `${open}${body.replace(/<(?=[A-Za-z])/g, '\\u003c')}${close}`,
  );
}

/** A Document for saved HTML, as a browser would parse it, with nothing run and nothing fetched. */
export function parseHtml(html: string, pageUrl: string): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url: pageUrl,
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  const document = new window.DOMParser().parseFromString(
    neutraliseScripts(html),
    'text/html',
  ) as unknown as Document;
  return { document, close: () => window.happyDOM.close() };
}

export interface CorpusRow {
  file: string;
  page_url: string;
  page_kind: string;
  exp_name: string;
  exp_title_headline: string;
  exp_company: string;
  exp_location: string;
  exp_profile_url: string;
  exp_email: string;
  exp_company_domain: string;
  exp_company_linkedin: string;
  people_count: string;
  people_examples: string;
  notes: string;
  [column: string]: string;
}

export function loadCorpus(dir = corpusDir()): CorpusRow[] | null {
  const tsv = path.join(dir, 'expected.tsv');
  if (!existsSync(tsv)) return null;
  const [head = '', ...lines] = readFileSync(tsv, 'utf8').split(/\r?\n/);
  const cols = head.split('\t');
  return lines
    .filter((l) => l.trim())
    .map((line) => {
      const cells = line.split('\t');
      const row: Record<string, string> = {};
      cols.forEach((c, i) => {
        row[c] = (cells[i] ?? '').trim();
      });
      return row as CorpusRow;
    });
}

export interface Timed {
  row: CorpusRow;
  result: Extraction;
  /** Extraction only; parsing excluded. */
  ms: number;
}

/**
 * Extract every corpus page, timing `extractPage` alone: one warm-up run, then the median of `runs`
 * timed runs, so a garbage collection of the parser's leftovers does not count as extraction.
 */
export async function timeExtraction(rows: CorpusRow[], dir = corpusDir(), runs = 9): Promise<Timed[]> {
  const out: Timed[] = [];
  for (const row of rows) {
    const html = readFileSync(path.join(dir, row.file), 'utf8');
    const { document, close } = parseHtml(html, row.page_url);
    // No time budget here: happy-dom walks a DOM many times slower than a browser, and a busy machine
    // slower still; the budget guards the user's page, these runs measure what extraction costs.
    const result = extractPage(document, row.page_url, Number.POSITIVE_INFINITY);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      extractPage(document, row.page_url, Number.POSITIVE_INFINITY);
      times.push(performance.now() - start);
    }
    await close();
    out.push({ row, result, ms: median(times) });
  }
  return out;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length ? (s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2) : 0;
}
