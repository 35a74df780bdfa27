import { resolve } from 'node:path';
import { ROOT } from '../e2e/paths';

/** Where the Firefox e2e build goes (the Firefox manifest, with the test bridge). */
export const FIREFOX_E2E_DIST = resolve(ROOT, process.env.FIREFOX_E2E_DIST ?? '.cache/e2e-firefox-dist');
