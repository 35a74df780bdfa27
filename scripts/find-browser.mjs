// Finds a Chromium or Chrome for the end-to-end tests: $CHROME_PATH, then the usual system paths.
// When none is there and we run as root on Debian, installs Debian's chromium with apt; otherwise
// fails with the exact command to run. Prints the path; importable as findBrowser().
// `--firefox` (findFirefox()): the same for the Firefox suite — $FIREFOX_PATH, then Debian's
// firefox-esr, installed with apt as root on Debian (so `npm test` sets up a fresh machine by itself);
// otherwise fails with the command that installs it, never skips.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Root on Debian: the tests may install what they need from Debian's packages. */
function canApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && existsSync('/etc/debian_version');
}

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
];

export function findBrowser({ install = true } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  if (install && canApt()) {
    console.error('No Chromium found: installing Debian’s chromium with apt-get…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    // chromium-l10n: its interface in other languages (tests/e2e/locale.e2e.ts starts it in German).
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'chromium-l10n'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'No Chromium or Chrome found for the tests. Install one with:\n' +
      '  sudo apt-get install -y chromium\n' +
      'or set CHROME_PATH to a Chrome or Chromium binary.',
  );
}

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/opt/firefox/firefox'];

/** Firefox (ESR 140 or later) for tests/e2e-firefox: a missing one fails the run, never skips it. */
export function findFirefox({ install = true } = {}) {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = FIREFOX_CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  if (install && canApt()) {
    console.error('No Firefox found: installing Debian’s firefox-esr with apt-get…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'firefox-esr'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync('/usr/bin/firefox-esr')) return '/usr/bin/firefox-esr';
  }
  throw new Error(
    'No Firefox found for the Firefox end-to-end tests. Install Debian’s Firefox ESR with:\n' +
      '  sudo apt-get install -y firefox-esr\n' +
      'or set FIREFOX_PATH to a Firefox (140 or later) binary.',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(process.argv.includes('--firefox') ? findFirefox() : findBrowser());
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
