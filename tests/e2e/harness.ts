/**
 * Drives the built extension in Debian's Chromium through playwright-core. Every request the browser
 * makes is recorded; anything that is not the extension itself or the test's own loopback server is a
 * failure (Loopkeeper makes no network requests).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { findBrowser } from '../../scripts/find-browser.mjs';
import type { Bridge } from '../../src/testing/bridge';
import { recordEvents } from './events';
import { E2E_DIST } from './paths';

export interface LaunchOptions {
  /** Reuse a profile (to prove data survives a restart). */
  userDataDir?: string;
  /** A real window (under Xvfb) for the native context menu. */
  headed?: boolean;
  /** Extra Chromium flags, e.g. --host-resolver-rules for the loopback server. */
  args?: string[];
  /** Hosts the test serves itself from loopback (requests there are allowed). */
  allowedHosts?: string[];
  /** Extra environment for the browser, e.g. LANGUAGE=de: on Linux Chromium's UI language comes from it. */
  env?: Record<string, string>;
}

export interface Extension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  userDataDir: string;
  /** Requests that left for somewhere other than the extension or the test's own server. */
  strayRequests: string[];
  /** What the browser did (consoles, errors, frames, workers), printed when a test fails. */
  events: string[];
  closed: boolean;
  url(path: string): string;
  open(path: string): Promise<Page>;
  /** An extension page that exposes the product's repository functions (see src/testing/bridge.ts). */
  bridge(): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-features=MediaRouter,OptimizationHints,Translate',
  '--metrics-recording-only',
];

const LOCAL_SCHEMES = ['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'];

export function isAllowedRequest(url: string, allowedHosts: string[]): boolean {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed) return false;
  if (LOCAL_SCHEMES.includes(parsed.protocol)) return true;
  if (['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)) return true;
  return allowedHosts.includes(parsed.hostname);
}

/**
 * Browsers launched during the running test: tests/e2e/setup.ts closes those still open after it,
 * asserts that none made a request off the machine, and prints their events when it failed.
 */
export const launchedInTest: Extension[] = [];

export async function launchExtension(options: LaunchOptions = {}): Promise<Extension> {
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'loopkeeper-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findBrowser(),
    headless: !options.headed,
    viewport: { width: 1200, height: 850 },
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    args: [
      ...QUIET_FLAGS,
      `--disable-extensions-except=${E2E_DIST}`,
      `--load-extension=${E2E_DIST}`,
      ...(options.args ?? []),
    ],
  });
  const strayRequests: string[] = [];
  const allowedHosts = options.allowedHosts ?? [];
  context.on('request', (request) => {
    if (!isAllowedRequest(request.url(), allowedHosts)) strayRequests.push(request.url());
  });
  const events = recordEvents(context);
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const id = new URL(worker.url()).host;
  const url = (path: string) => `chrome-extension://${id}/${path.replace(/^\//, '')}`;

  const open = async (path: string) => {
    const page = await context.newPage();
    await page.goto(url(path));
    return page;
  };

  const extension: Extension = {
    context,
    worker,
    id,
    userDataDir,
    strayRequests,
    events,
    closed: false,
    url,
    open,
    async bridge() {
      const page = await open('src/testing/bridge.html');
      await page.waitForFunction(() => 'loopkeeper' in globalThis);
      return page;
    },
    async close({ keepProfile = false } = {}) {
      if (extension.closed) return;
      extension.closed = true;
      await context.close();
      if (!keepProfile && !options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  launchedInTest.push(extension);
  return extension;
}

/**
 * Runs `work` inside the extension's bridge page with the product's repository functions. `work` is sent
 * as source text, so it may use only its parameters (no imports or outer variables).
 */
export async function withBridge<T, A = undefined>(
  page: Page,
  work: (bridge: Bridge, arg: A) => Promise<T>,
  arg?: A,
): Promise<T> {
  const expression = `(${work.toString()})(globalThis.loopkeeper, ${JSON.stringify(arg ?? null)})`;
  return page.evaluate(expression) as Promise<T>;
}
