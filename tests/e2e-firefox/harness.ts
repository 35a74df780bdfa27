/**
 * Drives the built Firefox add-on in Debian's Firefox ESR over WebDriver BiDi (puppeteer-core). The
 * add-on is installed as a temporary add-on with a fixed moz-extension:// UUID (a preference), so its
 * pages have known addresses. Every request for a host that is not loopback goes through proxy.ts,
 * which refuses it and records it; extension pages over BiDi report no console errors, so each page
 * opened here collects its own errors and unhandled rejections, and setup.ts fails the test on any.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../manifest/manifest.config';
import { findFirefox } from '../../scripts/find-browser.mjs';
import type { Bridge } from '../../src/testing/bridge';
import type { PageServer } from '../e2e/https-server';
import { FIREFOX_E2E_DIST } from './paths';
import { startProxy } from './proxy';

export interface FirefoxExtension {
  browser: Browser;
  uuid: string;
  /** Where downloads land (no dialog). */
  downloads: string;
  strayRequests: string[];
  /** Errors and unhandled rejections the extension's pages reported. */
  pageErrors(): Promise<string[]>;
  url(path: string): string;
  /** Opens an extension page in a new tab and waits until it has loaded. */
  open(path: string): Promise<Page>;
  /** Waits for a page (a tab the extension opened) whose address starts with `prefix`. */
  waitForPage(prefix: string): Promise<Page>;
  bridge(): Promise<Page>;
  close(): Promise<void>;
}

export const launchedInTest: FirefoxExtension[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Installed in every page the harness opens or finds (preload scripts do not run in extension pages). */
function collectErrors(): void {
  const w = window as unknown as { __lkErrors?: string[] };
  if (w.__lkErrors) return;
  const errors: string[] = [];
  w.__lkErrors = errors;
  addEventListener('error', (event) =>
    errors.push(`error: ${event.message} at ${event.filename}:${event.lineno}`),
  );
  addEventListener('unhandledrejection', (event) =>
    errors.push(`unhandled rejection: ${String(event.reason)}`),
  );
}

/**
 * BiDi may not navigate a tab to an extension page and wait for it (Firefox does not report the
 * navigation's end to the remote agent), so the navigation is started and its arrival polled.
 */
async function arrive(page: Page, url: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    const here = await page
      .evaluate((u) => location.href === u && document.readyState === 'complete', url)
      .catch(() => false);
    if (here) {
      await page.evaluate(collectErrors);
      return;
    }
    await sleep(100);
  }
  throw new Error(`${url} did not load`);
}

export interface FirefoxOptions {
  server?: PageServer;
  width?: number;
  height?: number;
  /** Pages see `prefers-color-scheme: dark`. */
  dark?: boolean;
}

export async function launchFirefox(options: FirefoxOptions = {}) {
  const proxy = await startProxy(options.server ?? null);
  const uuid = randomUUID();
  const downloads = mkdtempSync(join(tmpdir(), 'loopkeeper-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    protocol: 'webDriverBiDi',
    acceptInsecureCerts: true,
    // Lets BiDi open moz-extension:// pages (Firefox 138+).
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: options.width ?? 1200, height: options.height ?? 850 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      ...(options.dark ? { 'layout.css.prefers-color-scheme.content-override': 0 } : {}),
    },
  });
  await browser.installExtension(FIREFOX_E2E_DIST);
  const url = (path: string) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;
  const pages: Page[] = [];
  const open = async (path: string) => {
    const page = await browser.newPage();
    pages.push(page);
    void page.goto(url(path), { timeout: 0 }).catch(() => undefined);
    await arrive(page, url(path));
    return page;
  };
  let closed = false;
  const extension: FirefoxExtension = {
    browser,
    uuid,
    downloads,
    strayRequests: proxy.strayRequests,
    url,
    open,
    async pageErrors() {
      const all = await browser.pages();
      const errors = await Promise.all(
        all.map((page) =>
          page
            .evaluate(() => (window as unknown as { __lkErrors?: string[] }).__lkErrors ?? [])
            .catch(() => [] as string[]),
        ),
      );
      return errors.flat();
    },
    async waitForPage(prefix) {
      for (let i = 0; i < 200; i += 1) {
        for (const page of await browser.pages()) {
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.startsWith(prefix)) {
            await arrive(page, href);
            return page;
          }
        }
        await sleep(100);
      }
      throw new Error(`no tab at ${prefix}`);
    },
    async bridge() {
      const page = await open('src/testing/bridge.html');
      await page.waitForFunction(() => 'loopkeeper' in globalThis);
      return page;
    },
    async close() {
      if (closed) return;
      closed = true;
      await browser.close().catch(() => undefined);
      await proxy.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
  launchedInTest.push(extension);
  return extension;
}

/** As tests/e2e/harness.ts: runs `work` in the bridge page with the product's repository functions. */
export async function withBridge<T, A = undefined>(
  page: Page,
  work: (bridge: Bridge, arg: A) => Promise<T>,
  arg?: A,
): Promise<T> {
  const expression = `(${work.toString()})(globalThis.loopkeeper, ${JSON.stringify(arg ?? null)})`;
  return page.evaluate(expression) as Promise<T>;
}

/** Waits until `check` holds. */
export async function until(check: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}
