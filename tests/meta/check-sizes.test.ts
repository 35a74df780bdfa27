import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { measureBundles } from '../../scripts/check-sizes.mjs';

let dist = '';
function write(path: string, text: string) {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
}
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('bundle sizes', () => {
  it('counts a lazy chunk with the dashboard and a Web Worker apart, with what the worker imports', () => {
    dist = mkdtempSync(join(tmpdir(), 'sizes-'));
    write('manifest.json', JSON.stringify({ options_ui: { page: 'src/dashboard/index.html' } }));
    write('src/dashboard/index.html', '<script type="module" src="/assets/page.js"></script>');
    write(
      'assets/page.js',
      'import("./lazy.js");new Worker(new URL(`/assets/job.worker.js`,``+import.meta.url),{type:`module`})',
    );
    write('assets/lazy.js', 'export const lazy = 1;');
    write('assets/job.worker.js', 'import "./parser.js";');
    write('assets/parser.js', 'x'.repeat(5000));
    const bundles = measureBundles(dist);
    expect(bundles.dashboard.files.map((f) => f.file)).toEqual(['assets/lazy.js', 'assets/page.js']);
    expect(bundles.workers.files.map((f) => f.file)).toEqual(['assets/job.worker.js', 'assets/parser.js']);
  });
});
