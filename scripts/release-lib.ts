/**
 * The pieces of `npm run release` that decide what a package holds and how its bytes are laid out, kept
 * apart from the build so that tests can check them on small folders. A zip made here depends only on
 * the files' paths, contents and modes: entries sorted, every time stamp the same, no folder entries, no
 * path of the machine that made it — two runs give byte-identical files (the add-ons site rebuilds the
 * Firefox package from the source zip and compares).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type Zippable, zipSync } from 'fflate';

export interface PackageFile {
  /** The path inside the zip, with forward slashes. */
  path: string;
  data: Uint8Array;
  /** Unix permission bits; 0o644 unless the file is executable. */
  mode?: number;
}

/**
 * 1980-01-01 12:00 in the local zone: fflate writes a zip's DOS time from the local date fields, so a
 * date built from local fields comes out the same in every time zone (noon keeps clear of DST edges).
 */
const FIXED_TIME = new Date(1980, 0, 1, 12, 0, 0);

/** A reproducible zip of `files`. */
export function zipFiles(files: PackageFile[]): Uint8Array {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const entries: Zippable = {};
  for (const file of sorted) {
    if (file.path in entries) throw new Error(`Two files at ${file.path}`);
    const mode = file.mode ?? 0o644;
    // Made on Unix (os 3), with the regular-file type and the mode in the high bits of the attributes.
    entries[file.path] = [
      file.data,
      { mtime: FIXED_TIME, os: 3, attrs: ((0o100000 | mode) << 16) >>> 0, level: 9 },
    ];
  }
  return zipSync(entries);
}

/** Every file under `folder`, by its path relative to it (forward slashes), sorted. */
export function filesOf(folder: string): PackageFile[] {
  const out: PackageFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push({ path: relative(folder, full).split(sep).join('/'), data: readFileSync(full) });
    }
  };
  walk(folder);
  return out;
}

/**
 * Files a store package must never hold: the end-to-end test bridge (it exposes every repository
 * function to any extension page: src/testing/bridge.ts) and its blank page, and source maps.
 */
const FORBIDDEN = [/^src\/testing\//, /(^|\/)bridge[^/]*\.(html|js)$/, /\.map$/];

/**
 * Checks a built extension before it is packed: the manifest's version is the package's, and no test
 * file is in it. Returns the problems in plain words (none: the build may ship).
 */
export function releaseProblems(files: PackageFile[], version: string): string[] {
  const problems: string[] = [];
  const manifest = files.find((file) => file.path === 'manifest.json');
  if (!manifest) problems.push('The build has no manifest.json.');
  else {
    const parsed = JSON.parse(new TextDecoder().decode(manifest.data)) as { version?: string };
    if (parsed.version !== version)
      problems.push(`manifest.json says version ${parsed.version}, package.json says ${version}.`);
  }
  for (const file of files) {
    if (FORBIDDEN.some((pattern) => pattern.test(file.path)))
      problems.push(`${file.path} is a test or debugging file and must not be released.`);
  }
  return problems;
}

/** The three package names for a version. */
export function packageNames(version: string) {
  return {
    chrome: `loopkeeper-${version}-chrome.zip`,
    firefox: `loopkeeper-${version}-firefox.zip`,
    source: `loopkeeper-${version}-source.zip`,
  };
}
