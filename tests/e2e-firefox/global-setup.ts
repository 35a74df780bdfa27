import { execFileSync } from 'node:child_process';
import { findFirefox } from '../../scripts/find-browser.mjs';
import { FIREFOX_E2E_DIST } from './paths';

/**
 * Fails the run at once, with the command that installs it, when there is no Firefox; then builds the
 * Firefox add-on once for the whole suite (with the test bridge page), unless told not to.
 */
export default function setup() {
  findFirefox();
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execFileSync('npx', ['vite', 'build', '--mode', 'e2e-firefox', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, OUT_DIR: FIREFOX_E2E_DIST },
  });
}
