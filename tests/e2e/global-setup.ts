import { execFileSync } from 'node:child_process';
import { E2E_DIST } from './paths';

/** Builds the extension once for the whole suite (with the test bridge page), unless told not to. */
export default function setup() {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execFileSync('npx', ['vite', 'build', '--mode', 'e2e', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, OUT_DIR: E2E_DIST },
  });
}
