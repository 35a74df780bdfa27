import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Where the e2e build goes; E2E_DIST lets parallel work build into folders of its own. */
export const E2E_DIST = resolve(ROOT, process.env.E2E_DIST ?? '.cache/e2e-dist');
