/**
 * `npm run release`: the packages the stores take, in release/ —
 *   loopkeeper-<version>-chrome.zip   for the Chrome Web Store (and Edge Add-ons),
 *   loopkeeper-<version>-firefox.zip  for addons.mozilla.org,
 *   loopkeeper-<version>-source.zip   the source addons.mozilla.org asks for, with BUILD.md.
 * Each build is a plain production build (never the e2e mode, whose test bridge is refused), checked and
 * zipped reproducibly (scripts/release-lib.ts). The source zip is every file git tracks, so it needs a
 * clean git checkout; rebuilt from that zip (BUILD.md), `npm run release` gives the same Firefox zip.
 *
 * `npm run release -- --verify` (part of `npm test`) builds everything twice in .cache and fails unless
 * both runs are byte-identical and pass the checks; it writes nothing to release/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { filesOf, type PackageFile, packageNames, releaseProblems, zipFiles } from './release-lib.ts';

const root = new URL('..', import.meta.url).pathname;
const version: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const verify = process.argv.includes('--verify');

function fail(message: string): never {
  console.error(`release: ${message}`);
  process.exit(1);
}

/** Git's answer in this project's own checkout; null when the project is not one (e.g. unzipped source). */
function git(args: string[]): string | null {
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8' });
  if (top.status !== 0 || resolve(top.stdout.trim()) !== resolve(root)) return null;
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : null;
}

/** One production build for a browser into `outDir`, checked; its files. */
function build(browser: 'chrome' | 'firefox', outDir: string): PackageFile[] {
  rmSync(outDir, { recursive: true, force: true });
  const mode = browser === 'firefox' ? 'firefox' : 'production';
  const result = spawnSync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, OUT_DIR: outDir },
  });
  if (result.status !== 0) fail(`the ${browser} build failed (see above).`);
  const files = filesOf(outDir);
  const problems = releaseProblems(files, version);
  if (problems.length) fail(`the ${browser} build cannot be released:\n  ${problems.join('\n  ')}`);
  return files;
}

/** Every file git tracks, with its mode, as the source package; null outside a git checkout. */
function sourceFiles(): PackageFile[] | null {
  const listing = git(['ls-files', '-s', '-z']);
  if (listing === null) return null;
  const files: PackageFile[] = [];
  for (const line of listing.split('\0')) {
    if (!line) continue;
    // "<mode> <object> <stage>\t<path>"
    const [meta = '', path = ''] = line.split('\t');
    const mode = meta.startsWith('100755') ? 0o755 : 0o644;
    if (!existsSync(join(root, path))) fail(`${path} is tracked but missing: commit or restore it first.`);
    files.push({ path, data: readFileSync(join(root, path)), mode });
  }
  return files;
}

/** Builds and zips all three packages into memory. */
function makePackages(workDir: string) {
  const chrome = zipFiles(build('chrome', join(workDir, 'chrome')));
  const firefox = zipFiles(build('firefox', join(workDir, 'firefox')));
  const source = sourceFiles();
  return { chrome, firefox, source: source ? zipFiles(source) : null };
}

const names = packageNames(version);

if (verify) {
  const first = makePackages(join(root, '.cache', 'release-a'));
  const second = makePackages(join(root, '.cache', 'release-b'));
  for (const kind of ['chrome', 'firefox', 'source'] as const) {
    const a = first[kind];
    const b = second[kind];
    if (a === null || b === null) {
      console.log(`release --verify: ${names[kind]} skipped (not a git checkout)`);
      continue;
    }
    if (Buffer.compare(Buffer.from(a), Buffer.from(b)) !== 0)
      fail(`${names[kind]} differs between two runs.`);
    console.log(`release --verify: ${names[kind]} reproducible (${a.length} bytes, twice the same)`);
  }
} else {
  const dirty = git(['status', '--porcelain', '--untracked-files=no']);
  if (dirty) fail(`the checkout has uncommitted changes; commit them so the source zip matches:\n${dirty}`);
  const packages = makePackages(join(root, '.cache', 'release'));
  const out = join(root, 'release');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, names.chrome), packages.chrome);
  writeFileSync(join(out, names.firefox), packages.firefox);
  console.log(`release/${names.chrome}\nrelease/${names.firefox}`);
  if (packages.source) {
    writeFileSync(join(out, names.source), packages.source);
    console.log(`release/${names.source}`);
  } else console.log(`${names.source} not written: the source package is made from a git checkout.`);
}
