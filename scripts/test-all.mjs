// `npm test`: the whole suite, in the order that fails fastest. Typecheck, lint, unit tests, the
// playbook scenarios in four time zones, the extractor's page corpus, both builds with web-ext lint,
// the release packages built twice and compared, the bundle-size budgets, then the end-to-end suite
// in a real Chromium (under Xvfb when there is no display, for the native right-click), then in
// Firefox ESR. Ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled } from './ensure-installed.mjs';

const root = new URL('..', import.meta.url).pathname;
ensureInstalled(root);
const reports = join(root, '.cache', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

let passed = 0;
let failed = 0;
const failures = [];

function run(name, command, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A check that is one test: it passes or fails as a whole. */
function check(name, command, args, env) {
  if (run(name, command, args, env)) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
}

/** A Vitest run: its tests are counted one by one from its JSON report. */
function vitest(name, args, env, wrap = []) {
  const report = join(reports, `${name.replace(/\W+/g, '-')}.json`);
  const ok = run(
    name,
    wrap[0] ?? 'npx',
    [
      ...wrap.slice(1),
      ...(wrap.length ? ['npx'] : []),
      'vitest',
      'run',
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    env,
  );
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    if (json.numFailedTests > 0 || !ok) failures.push(name);
    if (!ok && json.numFailedTests === 0) failed += 1; // a suite that failed to load counts once
  } else {
    failed += 1;
    failures.push(name);
  }
}

check('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
check('lint', 'npx', ['biome', 'check', '.']);
vitest('unit tests', []);
if (pkg.scripts['test:zones']) {
  for (const zone of ['UTC', 'America/New_York', 'Europe/Berlin', 'Pacific/Auckland']) {
    vitest(`scenarios and dates in ${zone}`, ['tests/scenarios', 'tests/domain'], { TZ: zone });
  }
}
if (
  existsSync(join(root, '..', 'shared', 'fixtures', 'pages', 'expected.tsv')) ||
  process.env.LOOPKEEPER_CORPUS
) {
  if (pkg.scripts['test:corpus']) check('page corpus', 'npm', ['run', '-s', 'test:corpus']);
} else {
  console.log('\n▶ page corpus: skipped — ../shared/fixtures/pages not found');
}
check('build for Chrome', 'npm', ['run', '-s', 'build']);
check('build for Firefox', 'npm', ['run', '-s', 'build:firefox']);
check('web-ext lint (Firefox build)', 'npm', ['run', '-s', 'lint:firefox']);
check('release packages: reproducible, no test files', 'npm', ['run', '-s', 'release', '--', '--verify']);
if (pkg.scripts['check:sizes']) check('bundle sizes', 'npm', ['run', '-s', 'check:sizes']);

const needsDisplay = !process.env.DISPLAY && existsSync('/usr/bin/xvfb-run');
vitest(
  'end-to-end in Chromium',
  ['--config', 'vitest.e2e.config.ts'],
  {},
  needsDisplay ? ['xvfb-run', '-a', '--server-args=-screen 0 1280x900x24'] : [],
);

// The same journeys in Debian's Firefox ESR over WebDriver BiDi (headless; its global setup fails the
// run with the install command when Firefox is missing).
vitest('end-to-end in Firefox', ['--config', 'vitest.firefox.config.ts']);

console.log('');
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
