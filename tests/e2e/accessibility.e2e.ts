/**
 * axe-core over every screen of the extension, in the light and the dark theme, with the sample data
 * loaded through the product's own code: the popup (with reminders, and empty), the composer, the
 * capture panel on a loopback page, and every dashboard route. Any violation fails, and the failure
 * names each rule, the elements it found and what axe says to fix.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import catalog from '../../public/_locales/en/messages.json';
import { type Extension, launchExtension, withBridge } from './harness';
import { type PageServer, servePages } from './https-server';
import { dispatchMenu, panelFrame, routes, URLS } from './pages/site';
import { ROOT } from './paths';

const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

/** WCAG 2.x A and AA plus axe's best practices (landmarks, heading order, one main, …). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Violations = axe.Result[];

/** One line per element: rule, impact, where, and axe's summary of what fails there. */
function describeViolations(where: string, violations: Violations): string {
  const lines = violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${where}: ${violation.id} (${violation.impact}) at ${JSON.stringify(node.target)}\n    ${(
          node.failureSummary ?? violation.help
        ).replaceAll('\n', '\n    ')}`,
    ),
  );
  return lines.join('\n');
}

async function expectClean(where: string, violations: Violations): Promise<void> {
  expect(violations.length, describeViolations(where, violations)).toBe(0);
}

/** The scheme the document really sees, so a "dark" scan cannot quietly be a light one. */
async function expectScheme(target: Page | Frame, scheme: Scheme): Promise<void> {
  const dark = await target.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  expect(dark ? 'dark' : 'light').toBe(scheme);
}

async function scanPage(page: Page, where: string, scheme: Scheme): Promise<void> {
  await expectScheme(page, scheme);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  await expectClean(where, results.violations);
}

/**
 * The capture panel lives in a frame inside a closed shadow root, which axe's frame walk from the page
 * cannot enter (and the page around it is the test's stand-in for LinkedIn, not the product): axe runs
 * inside the panel's own frame.
 */
async function scanFrame(frame: Frame, where: string, scheme: Scheme): Promise<void> {
  await expectScheme(frame, scheme);
  await frame.evaluate(axe.source);
  const violations = await frame.evaluate(
    (tags) =>
      (globalThis as unknown as { axe: typeof axe }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((results) => results.violations),
    TAGS,
  );
  await expectClean(where, violations);
}

/** The sample job search (a rejection, a live loop, an offer) and the ids of one loop and one person. */
async function seedSample(ext: Extension): Promise<{ loopId: string; personId: string }> {
  const bridge = await ext.bridge();
  const ids = await withBridge(bridge, async (lk) => {
    await lk.settings.updateSettings({ myName: 'Alex Morgan' });
    await lk.loadSampleData();
    await lk.notifyDataChanged();
    const snapshot = await lk.readSnapshot();
    const loop = snapshot.loops.find((l) => l.status === 'rejected') ?? snapshot.loops[0];
    const person = snapshot.people[0];
    return { loopId: loop?.id ?? '', personId: person?.id ?? '' };
  });
  await bridge.close();
  return ids;
}

/** Every section in src/dashboard/routes.ts, read from its source so a new route cannot go unscanned. */
function routeSections(): string[] {
  const source = readFileSync(resolve(ROOT, 'src/dashboard/routes.ts'), 'utf8');
  return [...source.matchAll(/section: '([a-z-]+)'/g)].map((match) => match[1] as string);
}

const LOADING = [catalog.popup_loading, catalog.dashboard_loading, catalog.data_health_loading].map(
  (entry) => entry.message,
);

/** Waits until no view still says it is loading: the views read the database after their first frame. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    (texts) => !texts.some((text) => document.body.textContent.includes(text)),
    LOADING,
  );
}

async function openIn(ext: Extension, path: string, scheme: Scheme): Promise<Page> {
  const page = await ext.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(ext.url(path));
  return page;
}

describe.each(SCHEMES)('accessibility, %s theme', (scheme) => {
  it('the popup, empty and with reminders, and the composer: no axe violations', async () => {
    const ext = await launchExtension();
    const empty = await openIn(ext, 'src/popup/index.html', scheme);
    await empty.getByText(catalog.popup_empty_first_title.message).waitFor();
    await scanPage(empty, `popup, empty, ${scheme}`, scheme);
    await empty.close();

    await seedSample(ext);
    const popup = await openIn(ext, 'src/popup/index.html', scheme);
    const write = popup.getByRole('button', { name: 'Write' }).first();
    await write.waitFor();
    await scanPage(popup, `popup, ${scheme}`, scheme);

    await write.click();
    await popup.getByRole('textbox', { name: 'Message' }).waitFor();
    await scanPage(popup, `composer, ${scheme}`, scheme);
  });

  it('every dashboard route with the sample data: no axe violations', async () => {
    const ext = await launchExtension();
    const { loopId, personId } = await seedSample(ext);
    const details: Record<string, string[]> = {
      loops: [`loops/${loopId}`, `loops/${loopId}/review`],
      people: [`people/${personId}`],
    };
    const hashes = routeSections().flatMap((section) => [section, ...(details[section] ?? [])]);
    expect(hashes).toEqual(
      expect.arrayContaining(['loops', 'people', 'agenda', 'templates', 'settings', 'data']),
    );
    const page = await openIn(ext, 'src/dashboard/index.html', scheme);
    for (const hash of hashes) {
      await page.goto(ext.url(`src/dashboard/index.html#/${hash}`));
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await settled(page);
      await scanPage(page, `dashboard #/${hash}, ${scheme}`, scheme);
    }
    // Eleven pages (Board and Insights included) scanned one after the other: more than the suite's
    // 90 s on a busy two-core machine, and past 300 s when others' tests share it (measured 2 December).
  }, 450_000);
});

describe('accessibility of the capture panel', () => {
  let server: PageServer;
  beforeAll(async () => {
    server = await servePages(routes());
  });
  afterAll(async () => server.close());

  it.each(SCHEMES)('the panel on a profile page, %s theme: no axe violations', async (scheme) => {
    const ext = await launchExtension({ args: server.args, allowedHosts: server.hosts });
    await seedSample(ext);
    const page = await ext.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(URLS.dana);
    await dispatchMenu(ext, URLS.dana, {});
    const panel = await panelFrame(page);
    await panel.getByRole('textbox', { name: 'Name' }).waitFor();
    await scanFrame(panel, `capture panel, ${scheme}`, scheme);
  });
});
