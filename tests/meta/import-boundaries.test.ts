import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files';

/**
 * The dependency arrows of ENGINEERING.md: what each part of src/ may import, by top-level folder
 * ("messages" is src/messages.ts). Packages are listed where a part must not use them.
 */
const ALLOWED: Record<string, { ours: string[]; forbiddenPackages?: string[] }> = {
  domain: { ours: ['domain'], forbiddenPackages: ['dexie', 'webextension-polyfill', 'preact'] },
  extract: { ours: ['extract', 'domain'], forbiddenPackages: ['dexie', 'webextension-polyfill', 'preact'] },
  db: { ours: ['db', 'domain'], forbiddenPackages: ['webextension-polyfill', 'preact'] },
  messages: { ours: ['domain'] },
  // Every context may say things in the user's language (the content script reads its few strings itself).
  i18n: { ours: ['i18n', 'domain'], forbiddenPackages: ['dexie', 'webextension-polyfill', 'preact'] },
  content: { ours: ['content', 'extract', 'domain', 'messages'], forbiddenPackages: ['dexie', 'preact'] },
  background: { ours: ['background', 'i18n', 'db', 'domain', 'messages'] },
  // Shared components know no storage: pages give them data and actions through props.
  ui: { ours: ['ui', 'i18n', 'domain', 'messages'], forbiddenPackages: ['dexie'] },
  popup: { ours: ['popup', 'i18n', 'ui', 'db', 'domain', 'messages'] },
  dashboard: { ours: ['dashboard', 'i18n', 'ui', 'db', 'domain', 'messages', 'demo'] },
  capture: { ours: ['capture', 'i18n', 'ui', 'db', 'domain', 'messages'] },
  demo: { ours: ['demo', 'db', 'domain'] },
  // Built only for the e2e suite and the benchmark.
  testing: { ours: ['testing', 'i18n', 'db', 'domain', 'ui', 'demo', 'messages'] },
};

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function partOf(pathInSrc: string): string {
  const first = pathInSrc.split('/')[0] ?? '';
  return first.replace(/\.(ts|tsx)$/, '');
}

function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '').filter(Boolean);
}

function violations(files: { path: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const part = partOf(file.path);
    const rule = ALLOWED[part];
    if (!rule) {
      found.push(`${file.path}: src/${part} is not a known part; add it to the boundaries`);
      continue;
    }
    for (const spec of importsOf(file.text)) {
      if (spec.startsWith('.')) {
        const target = normalize(join(dirname(file.path), spec));
        // The locale catalogue is read for its key names (a type-only import).
        if (target.startsWith('../public/_locales/')) continue;
        if (target.startsWith('..')) {
          found.push(`${file.path} imports ${spec}, outside src/`);
          continue;
        }
        const targetPart = partOf(target);
        // The worker names a content script's built file to inject it (`?script`): a path, not code.
        if (part === 'background' && targetPart === 'content' && /\?script(&iife)?$/.test(spec)) continue;
        if (!rule.ours.includes(targetPart) && !target.endsWith('.css')) {
          found.push(`${file.path} (${part}) imports ${spec} (${targetPart})`);
        }
      } else if (rule.forbiddenPackages?.some((pkg) => spec === pkg || spec.startsWith(`${pkg}/`))) {
        found.push(`${file.path} (${part}) imports the package ${spec}`);
      }
    }
  }
  return found;
}

describe('import boundaries', () => {
  it('every import in src/ follows the arrows of ENGINEERING.md', () => {
    expect(violations(sourceFiles())).toEqual([]);
  });

  it('catches a wrong arrow', () => {
    const bad = [
      { path: 'domain/x.ts', text: "import { database } from '../db/database';" },
      { path: 'content/y.ts', text: "import Dexie from 'dexie';\nimport { t } from '../i18n/i18n';" },
      { path: 'extract/z.ts', text: "import browser from 'webextension-polyfill';" },
    ];
    expect(violations(bad)).toHaveLength(4);
  });
});
