/**
 * `npm run test:corpus`: scores the extractor over saved real pages — the shared corpus
 * (../shared/fixtures/pages, or $LOOPKEEPER_CORPUS) and the openly licensed pages kept in this
 * repository (tests/fixtures/corpus) — against their expected.tsv; prints figures per page kind and per
 * field, the median and slowest extraction, and exits non-zero below the thresholds: subject names 95 %,
 * all checks together 90 %. Without the shared corpus only the repository's pages are scored.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CompanyHit, Extraction, PersonHit } from '../src/extract/index';
import {
  type CorpusRow,
  corpusDir,
  loadCorpus,
  median,
  repoRoot,
  type Timed,
  timeExtraction,
} from './corpus-lib';

const dirs = [corpusDir(), path.join(repoRoot, 'tests/fixtures/corpus')].filter((d) => existsSync(d));
const timed: Timed[] = [];
for (const dir of dirs) timed.push(...(await timeExtraction(loadCorpus(dir) ?? [], dir)));
const rows = timed.map((t) => t.row);
if (!rows.length) {
  console.log('corpus: skipped — no corpus found');
  process.exit(0);
}

/**
 * Answers the notes column explicitly names as also acceptable (file → field → values), quoted. Only
 * the scorer knows these; the extractor never sees expected answers.
 */
const ALTERNATIVES: Record<string, Partial<Record<Field, { values: string[]; note: string }>>> = {
  'github-profile/gitsucker-adarshpandit-2012.html': {
    company: {
      values: ['thoughtbot'],
      note: 'only org membership shown: thoughtbot (… could arguably be the employer)',
    },
  },
  'hresume/mftests-v2-h-resume-work.html': {
    title: { values: ['Director of the World Wide Web Foundation'], note: 'Contact title also acceptable' },
  },
  'hresume/mftests-mixed-h-resume-mixedroots.html': {
    title: { values: ['Director of the World Wide Web Foundation'], note: 'Contact title also acceptable' },
  },
  'linkedin-profile/pibg-dulithawijewantha-2023.html': {
    title: { values: ['Co-Founder & CTO'], note: "Short title from <title>/JSON-LD: 'Co-Founder & CTO'" },
  },
};

type Field = 'name' | 'title' | 'company' | 'location' | 'profileUrl' | 'email' | 'domain' | 'linkedin';

function norm(s: string | undefined): string {
  return (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

function normUrl(s: string | undefined): string {
  let v = norm(s);
  for (let i = 0; i < 3 && v.includes('%'); i++) {
    try {
      v = decodeURIComponent(v);
    } catch {
      break;
    }
  }
  // An origin's root path: "https://a.com" and "https://a.com/" are the same URL.
  return v.normalize('NFC').replace(/^(https?:\/\/[^/]+)\/$/, '$1');
}

interface Tally {
  pass: number;
  total: number;
  misses: string[];
}
const fields = new Map<string, Tally>();
const kinds = new Map<string, Map<string, Tally>>();

function count(kind: string, field: string, ok: boolean, miss: string): void {
  for (const map of [fields, kinds.get(kind) ?? kinds.set(kind, new Map()).get(kind)]) {
    if (!map) continue;
    const t = map.get(field) ?? { pass: 0, total: 0, misses: [] };
    t.total++;
    if (ok) t.pass++;
    else if (map === fields) t.misses.push(miss);
    map.set(field, t);
  }
}

function check(
  row: CorpusRow,
  field: Field,
  expected: string,
  actual: string | undefined,
  url = false,
): void {
  if (!expected && !actual) return;
  const n = url ? normUrl : norm;
  const alts = ALTERNATIVES[row.file]?.[field]?.values ?? [];
  const ok = [expected, ...alts].some((e) => n(e) === n(actual));
  count(
    row.page_kind,
    field,
    ok,
    `${row.file}: ${field} expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual ?? '')}`,
  );
}

function scoreSubject(row: CorpusRow, s: PersonHit | null): void {
  check(row, 'name', row.exp_name, s?.name);
  check(row, 'title', row.exp_title_headline, s?.title);
  check(row, 'company', row.exp_company, s?.company);
  check(row, 'location', row.exp_location, s?.location);
  check(row, 'profileUrl', row.exp_profile_url, s?.profileUrl, true);
  check(row, 'email', row.exp_email, s?.email);
}

function scoreCompany(row: CorpusRow, c: CompanyHit | null, name: string): void {
  check(row, 'company', name, c?.name);
  check(row, 'domain', row.exp_company_domain, c?.domain);
  check(row, 'linkedin', row.exp_company_linkedin, c?.linkedinUrl, true);
}

function scoreList(row: CorpusRow, r: Extraction): void {
  const want = Number.parseInt(row.people_count, 10);
  count(
    row.page_kind,
    'list count',
    r.people.length === want,
    `${row.file}: ${r.people.length} people, expected ${want}`,
  );
  for (const ex of row.people_examples
    .split(';')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [name = '', title = '', third = ''] = ex.split('|').map((p) => p.trim());
    const p = r.people.find((q) => norm(q.name) === norm(name));
    const extra = third.includes('@') ? p?.email : p?.company;
    // "Name | X" gives the one attribute the card shows: a title or a company.
    const second = third
      ? norm(p?.title) === norm(title)
      : [p?.title, p?.company].some((v) => norm(v) === norm(title));
    const ok = !!p && (!title || second) && (!third || norm(extra) === norm(third));
    count(
      row.page_kind,
      'list examples',
      ok,
      `${row.file}: example "${ex}" got ${JSON.stringify(p ?? null)}`,
    );
  }
}

for (const { row, result } of timed) {
  const kind = row.page_kind;
  if (kind === 'negative' || (!row.exp_name && !row.people_count && kind.endsWith('-profile'))) {
    const ok = !result.subject && !result.company && result.people.length === 0;
    count(kind, 'negative', ok, `${row.file}: expected nothing, got ${JSON.stringify(result).slice(0, 200)}`);
  } else if (kind === 'linkedin-company') {
    count(kind, 'no subject', !result.subject, `${row.file}: subject on a company page`);
    scoreCompany(row, result.company, row.exp_company || row.exp_name);
  } else if (row.people_count) {
    count(kind, 'no subject', !result.subject, `${row.file}: subject on a list page`);
    scoreCompany(row, result.company, row.exp_company);
    scoreList(row, result);
  } else {
    scoreSubject(row, result.subject);
  }
}

const pct = (t: Tally) => (t.total ? (100 * t.pass) / t.total : 100);
const fmt = (t: Tally) => `${t.pass}/${t.total} (${pct(t).toFixed(0)} %)`;
const sum = (ts: Iterable<Tally>): Tally => {
  const all: Tally = { pass: 0, total: 0, misses: [] };
  for (const t of ts) [all.pass, all.total] = [all.pass + t.pass, all.total + t.total];
  return all;
};
console.log(`corpus: ${rows.length} pages from ${dirs.join(', ')}`);
for (const [kind, map] of kinds) {
  const line = [...map].map(([f, t]) => `${f} ${fmt(t)}`).join(', ');
  console.log(`  ${kind.padEnd(17)} all ${fmt(sum(map.values()))} — ${line}`);
}
console.log('by field (all kinds):');
for (const [field, t] of fields) {
  console.log(`  ${field.padEnd(13)} ${fmt(t)}`);
  for (const m of t.misses) console.log(`         miss: ${m}`);
}
const names = fields.get('name') ?? { pass: 0, total: 0, misses: [] };
const all = sum(fields.values());
const failed = pct(names) < 95 || pct(all) < 90;
console.log(`${pct(names) < 95 ? 'FAIL' : 'ok  '} names      ${fmt(names)}  (threshold 95 %)`);
console.log(`${pct(all) < 90 ? 'FAIL' : 'ok  '} all checks ${fmt(all)}  (threshold 90 %)`);
const ms = timed.map((t) => t.ms);
const slow = timed.filter((t) => t.ms > 100).map((t) => `${t.row.file} ${t.ms.toFixed(0)} ms`);
// Reported, not enforced: happy-dom on a shared machine is many times slower than a browser.
console.log(
  `extraction: median ${median(ms).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms (parse excluded; budget: median 15, max 100)`,
);
if (slow.length) console.log(`  over 100 ms here: ${slow.join('; ')}`);
console.log(failed ? 'corpus: FAILED' : 'corpus: passed');
process.exit(failed ? 1 : 0);
