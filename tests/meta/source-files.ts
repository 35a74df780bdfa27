import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Every TypeScript source file under src/, with its path relative to src/ and its text. */
export function sourceFiles(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry.name)) {
        out.push({ path: relative(join(ROOT, 'src'), full), text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(join(ROOT, 'src'));
  return out;
}
