/**
 * The pages the capture tests browse, under the hosts they imitate, and helpers to reach the capture
 * panel's frame (an extension page inside a closed shadow root: Playwright reaches it as a frame, the
 * page's own scripts cannot).
 */
import type { Frame, Locator, Page } from 'playwright-core';
import type { Extension } from '../harness';
import { type Routes, testPage } from '../https-server';

export const URLS = {
  dana: 'https://www.linkedin.com/in/dana-hill/',
  sam: 'https://www.linkedin.com/in/sam-stranger/',
  hostile: 'https://www.linkedin.com/in/hostile-page/',
  octo: 'https://github.com/octo-dana',
  news: 'https://news.test/2026/acme',
  team: 'https://www.acme.test/team',
};

/**
 * A page built to hurt: script-like names in every place a name is read, 10 MB of text and markup
 * nested thousands deep. The extractor must give clean text or nothing, quickly.
 */
export function hostilePage(): string {
  const evil = '<img src=x onerror="window.__pwned=1">';
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: `<script>window.__pwned=1</script>${'A'.repeat(5000)}`,
    jobTitle: evil,
    worksFor: { '@type': 'Organization', name: '"><svg onload="window.__pwned=1">' },
  });
  const escaped = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const nested = `${'<div>'.repeat(5000)}<span>deep</span>${'</div>'.repeat(5000)}`;
  const text = `<p>${'lorem ipsum dolor sit amet '.repeat(400_000)}</p>`; // ≈ 10.8 MB
  return `<!doctype html><html><head><meta charset="utf-8">
<title>${escaped(evil)} - ${escaped('<b>VP</b>')} | LinkedIn</title>
<meta property="og:title" content="${escaped(evil)}">
<script type="application/ld+json">${jsonLd.replaceAll('<', '\\u003c')}</script></head>
<body><h1 class="top-card-layout__title">${escaped(evil)}</h1>${nested}${text}</body></html>`;
}

export function routes(): Routes {
  const dana = testPage('linkedin-dana.html');
  return {
    'www.linkedin.com/in/dana-hill/': dana,
    'www.linkedin.com/in/sam-stranger/': dana,
    'www.linkedin.com/in/hostile-page/': hostilePage,
    'github.com/octo-dana': testPage('github-octo.html'),
    'news.test/2026/acme': testPage('news-article.html'),
    'www.acme.test/team': testPage('team.html'),
  };
}

/** The capture panel's frame in `page`, once it has loaded. */
export async function panelFrame(page: Page, which: 'index' | 'note' = 'index'): Promise<Frame> {
  const path = `/src/capture/${which}.html`;
  for (let i = 0; i < 100; i += 1) {
    const frame = page.frames().find((f) => f.url().includes(path));
    if (frame) {
      await frame.waitForLoadState('domcontentloaded');
      return frame;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`no ${which} frame on ${page.url()}`);
}

export async function hasFrame(page: Page, which: 'index' | 'note'): Promise<boolean> {
  return page.frames().some((f) => f.url().includes(`/src/capture/${which}.html`));
}

/** Waits until `check` holds (for things that happen without an event Playwright can wait on). */
export async function until(check: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * A field's value for `until`'s checks: bounded, so a field not yet drawn reads as empty and the check
 * runs again, instead of one read waiting out Playwright's 30 s default past `until`'s own deadline.
 */
export async function fieldValue(field: Locator): Promise<string> {
  return field.inputValue({ timeout: 1000 }).catch(() => '');
}

/**
 * Presses Escape inside the capture panel, which closes it, and waits until it has. The panel's frame
 * is gone before the key's release reaches it, and Playwright's press can then wait forever for an
 * answer from a frame that no longer exists (seen on loaded CI machines: the panel closed, the press
 * never returned). So the press is let go and the closing is what is awaited.
 */
export async function escapeFromPanel(panel: Frame): Promise<void> {
  const page = panel.page();
  // Other tabs the test opened (the bridge, the dashboard) may hold the window's focus.
  await page.bringToFront();
  await until(() => panel.evaluate(() => document.hasFocus()), 'focus in the panel');
  void page.keyboard.press('Escape').catch(() => undefined);
  await until(async () => !(await hasFrame(page, 'index')), 'the panel to close');
}

/** Tabs to Loopkeeper's button (the last thing on the page) as a keyboard user would, and presses it. */
export async function pressSaveButton(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.lastElementChild?.localName === 'div');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < 15; i += 1) {
    await page.keyboard.press('Tab');
    const onHost = await page.evaluate(
      () => document.activeElement === document.documentElement.lastElementChild,
    );
    if (onHost) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error('the Save to Loopkeeper button was not reachable with Tab');
}

interface WorkerChrome {
  tabs: { query(q: { url?: string }): Promise<{ id?: number; url?: string }[]> };
  contextMenus: { onClicked: { dispatch(info: object, tab: object): void } };
}

/**
 * Runs the worker's "Add interviewer" listener as a click on `info` in the tab showing `url` — the same
 * listener the native menu calls (capture-rightclick.e2e.ts clicks the real menu). The worker has no
 * `tabs` permission: it finds a tab by its address only on hosts it may script (LinkedIn, GitHub); on any
 * other host the tab must be the only one in the browser. Without the click's activeTab grant, a page on
 * such a host refuses the script, as a browser page would.
 */
export async function dispatchMenu(ext: Extension, url: string, info: Record<string, string>): Promise<void> {
  await ext.worker.evaluate(
    async ({ url, info }) => {
      const api = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
      let [tab] = await api.tabs.query({ url });
      if (!tab) {
        const all = await api.tabs.query({});
        if (all.length !== 1) throw new Error(`no tab at ${url} the worker can name`);
        tab = all[0];
      }
      api.contextMenus.onClicked.dispatch(
        { menuItemId: 'add-interviewer', pageUrl: url, ...info },
        { ...tab, url },
      );
    },
    { url, info },
  );
}
