/**
 * `npm run -s extract -- FILE.html PAGE_URL`: the content script's extraction, run on a saved page.
 * Prints the contract JSON (fixtures/pages/README.md), 2-space indented.
 */
import { readFileSync } from 'node:fs';
import { extractPage } from '../src/extract/index';
import { parseHtml } from './corpus-lib';

const [file, pageUrl] = process.argv.slice(2);
if (!file || !pageUrl) {
  process.stderr.write('usage: npm run -s extract -- FILE.html PAGE_URL\n');
  process.exit(2);
}
const { document, close } = parseHtml(readFileSync(file, 'utf8'), pageUrl);
process.stdout.write(
  `${JSON.stringify(extractPage(document, pageUrl, Number.POSITIVE_INFINITY), null, 2)}\n`,
);
await close();
