// `npm run check:sizes [dist]`: the gzip size of what the popup, the content script and the dashboard
// load — their entry files and every chunk those import, statically or on demand (a lazily loaded
// composer still ships) — against the budgets of ENGINEERING.md; the dashboard's Web Workers apart. Exits 1 when a bundle is over.
// Reads the built manifest and HTML and follows the import graph of the built files, so whatever the
// bundler decides about chunks, nothing a bundle can load is left out. `npm test` runs it after the build.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGETS_KB = { popup: 50, content: 15, dashboard: 150, workers: 100 };

/**
 * Web Workers the dashboard starts for a long job (backup and restore, reading a file to import): each a
 * program of its own, fetched only when that job starts and run off the page's thread, so it is not part
 * of what the dashboard loads to draw. Measured apart, all of them together against the `workers` budget.
 */
const WORKER = /new Worker\(\s*new URL\(\s*["'`]\/?([\w./@-]+\.m?js)["'`]/g;

function workersOf(dist, file) {
  if (!/\.m?js$/.test(file)) return [];
  const text = readFileSync(join(dist, file), 'utf8');
  return [...text.matchAll(WORKER)].map((m) => m[1]).filter((path) => existsSync(join(dist, path)));
}

/** Files a built JS or CSS file refers to: imports, dynamic imports, runtime.getURL("assets/…") strings. */
function references(dist, file) {
  const text = readFileSync(join(dist, file), 'utf8');
  const found = new Set();
  const pattern = /["'`]((?:\.{1,2}\/|\/)?(?:[\w.@-]+\/)*[\w.@-]+\.(?:js|mjs|css))["'`]/g;
  for (const match of text.matchAll(pattern)) {
    const spec = match[1];
    const candidates = spec.startsWith('/')
      ? [spec.slice(1)]
      : spec.startsWith('.')
        ? [normalize(join(dirname(file), spec))]
        : [spec, normalize(join(dirname(file), spec))];
    for (const candidate of candidates) {
      if (!candidate.startsWith('..') && existsSync(join(dist, candidate))) {
        found.add(candidate);
        break;
      }
    }
  }
  return found;
}

/** The scripts and stylesheets an HTML page of the build loads. */
function pageAssets(dist, page) {
  const html = readFileSync(join(dist, page), 'utf8');
  const assets = [];
  for (const match of html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g)) {
    const spec = match[1];
    const path = spec.startsWith('/') ? spec.slice(1) : normalize(join(dirname(page), spec));
    if (existsSync(join(dist, path))) assets.push(path);
  }
  return assets;
}

/** Every file reachable from `entries`, following references transitively; workers are left out. */
export function closure(dist, entries, workers = new Set()) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || workers.has(file)) continue;
    seen.add(file);
    for (const worker of workersOf(dist, file)) workers.add(worker);
    if (/\.(m?js|css)$/.test(file)) for (const next of references(dist, file)) queue.push(next);
  }
  return [...seen].sort();
}

const gzipBytes = (dist, file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** { popup, content, dashboard }: each with its files and gzip KB (null when the build has none). */
export function measureBundles(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const entries = {
    popup: manifest.action?.default_popup ? pageAssets(dist, manifest.action.default_popup) : [],
    content: (manifest.content_scripts ?? []).flatMap((script) => [
      ...(script.js ?? []),
      ...(script.css ?? []),
    ]),
    dashboard: manifest.options_ui?.page ? pageAssets(dist, manifest.options_ui.page) : [],
  };
  const result = {};
  const workers = new Set();
  for (const [name, files] of Object.entries(entries)) {
    const all = closure(dist, files, workers);
    const bytes = all.reduce((sum, file) => sum + gzipBytes(dist, file), 0);
    result[name] = {
      files: all.map((file) => ({ file, gzipBytes: gzipBytes(dist, file) })),
      gzKB: files.length ? Math.round((bytes / 1024) * 10) / 10 : null,
    };
  }
  // Each worker with what it imports (a worker cannot share the page's chunks, so its copies count).
  const workerFiles = [...workers].flatMap((worker) => closure(dist, [worker]));
  const workerBytes = workerFiles.reduce((sum, file) => sum + gzipBytes(dist, file), 0);
  result.workers = {
    files: workerFiles.map((file) => ({ file, gzipBytes: gzipBytes(dist, file) })),
    gzKB: workerFiles.length ? Math.round((workerBytes / 1024) * 10) / 10 : null,
  };
  return result;
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dist = join(root, process.argv[2] ?? 'dist');
  if (!existsSync(join(dist, 'manifest.json'))) {
    console.error(`No build in ${relative(root, dist) || dist}: run npm run build first.`);
    process.exit(1);
  }
  const bundles = measureBundles(dist);
  let over = 0;
  for (const [name, budget] of Object.entries(BUDGETS_KB)) {
    const { gzKB, files } = bundles[name];
    if (gzKB === null) {
      console.log(`${name}: not in this build`);
      continue;
    }
    const ok = gzKB <= budget;
    if (!ok) over += 1;
    console.log(`${ok ? '✓' : '✗'} ${name}: ${gzKB} KB gzip (budget ${budget} KB), ${files.length} files`);
    if (!ok || process.env.VERBOSE)
      for (const f of files) console.log(`    ${(f.gzipBytes / 1024).toFixed(1).padStart(6)} KB  ${f.file}`);
  }
  process.exit(over ? 1 : 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
