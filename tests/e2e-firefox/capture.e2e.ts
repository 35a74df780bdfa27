/**
 * Capture in Firefox, from loopback pages under the hosts they imitate (proxy.ts tunnels them): the
 * "Save to Loopkeeper" button on a LinkedIn profile, and the "Add interviewer" menu's handler. The
 * panel is a moz-extension:// frame inside the page's closed shadow root.
 */
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageServer, servePages } from '../e2e/https-server';
import { routes, URLS } from '../e2e/pages/site';
import { type FirefoxExtension, launchFirefox, until, withBridge } from './harness';
import { click, control, fill, seeText } from './ui';

let server: PageServer;
beforeAll(async () => {
  server = await servePages(routes());
});
afterAll(async () => server.close());

/** The capture panel's frame in `page` (found by its address, read inside each frame). */
async function panelFrame(page: Page, which: 'index' | 'note' = 'index'): Promise<Frame> {
  let found: Frame | undefined;
  await until(async () => {
    for (const frame of page.frames()) {
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (href.includes(`/src/capture/${which}.html`)) {
        const ready = await frame.evaluate(() => document.readyState === 'complete').catch(() => false);
        if (ready) found = frame;
      }
    }
    return found !== undefined;
  }, `the ${which} frame`);
  return found as Frame;
}

async function openProfile(ext: FirefoxExtension, url: string): Promise<Page> {
  const page = await ext.browser.newPage();
  await page.goto(url);
  return page;
}

/** Tabs to Loopkeeper's button (the last thing on the page) as a keyboard user would, and presses it. */
async function pressSaveButton(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.lastElementChild?.localName === 'div', {
    timeout: 20_000,
  });
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

const value = (frame: Frame, label: string) =>
  control(frame, label).then((field) => field.evaluate((f) => (f as HTMLInputElement).value));

describe('capture in Firefox', () => {
  it('the profile button opens the panel, saves Dana into a new loop, then her profile says where you met', async () => {
    const ext = await launchFirefox({ server });
    const page = await openProfile(ext, URLS.dana);
    await pressSaveButton(page);
    const panel = await panelFrame(page);
    await until(async () => (await value(panel, 'Name')) === 'Dana Hill', 'her name in the panel');
    expect(await value(panel, 'Title')).toBe('VP Marketing');
    expect(await value(panel, 'Profile URL')).toBe(URLS.dana);
    await fill(panel, 'Your role', 'Head of Growth');
    await click(panel, 'We hit it off');
    await click(panel, 'Save');
    await seeText(panel, 'Saved Dana Hill to Acme Corp — Head of Growth');

    const saved = await withBridge(await ext.bridge(), async (lk) => {
      const [dana] = await lk.people.findPeopleByProfileUrl('https://www.linkedin.com/in/dana-hill/');
      if (!dana) return null;
      const [part] = await lk.participations.listParticipationsOfPerson(dana.id);
      const loop = part && (await lk.loops.getLoop(part.loopId));
      return { headline: dana.headline, role: loop?.role, hitItOff: part?.hitItOff };
    });
    expect(saved).toEqual({ headline: 'VP Marketing', role: 'Head of Growth', hitItOff: true });

    // Back on her profile: the note, in the extension's frame, says where you met her; the page cannot see it.
    await page.bringToFront();
    await page.reload();
    const note = await panelFrame(page, 'note');
    await seeText(note, 'Met in the Acme Corp loop (Head of Growth)');
    const pageSees = await page.evaluate(
      () => document.documentElement.outerHTML + document.querySelectorAll('iframe').length,
    );
    expect(pageSees).not.toContain('Head of Growth');
    expect(pageSees.endsWith('0')).toBe(true);
  });

  it('"Add interviewer" on a link: the menu handler opens the panel with the name and canonical address', async () => {
    const ext = await launchFirefox({ server });
    const page = await openProfile(ext, URLS.dana);
    const bridge = await ext.bridge();
    await withBridge(
      bridge,
      async (_lk, { url }) => {
        const api = (globalThis as unknown as { browser: FirefoxApi }).browser;
        const [tab] = await api.tabs.query({ url });
        if (!tab) throw new Error(`no tab at ${url}`);
        const background = (await api.runtime.getBackgroundPage()) as unknown as {
          loopkeeperMenuClick(info: object, tab: object): Promise<void>;
        };
        await background.loopkeeperMenuClick(
          {
            menuItemId: 'add-interviewer',
            pageUrl: url,
            linkUrl: 'https://www.linkedin.com/in/sam-stranger',
          },
          tab,
        );
      },
      { url: URLS.dana },
    );
    const panel = await panelFrame(page);
    await until(async () => (await value(panel, 'Name')) === 'Sam Stranger', 'the name from the link');
    expect(await value(panel, 'Profile URL')).toBe('https://www.linkedin.com/in/sam-stranger');
  });
});

describe('capture when the user has withdrawn Loopkeeper’s access to LinkedIn', () => {
  it('no button on the profile; the menu on a selection opens the panel in a tab of its own, which saves', async () => {
    const ext = await launchFirefox({ server });
    const page = await openProfile(ext, URLS.dana);
    const bridge = await ext.bridge();
    // The tab is found while access lasts (the add-on has no `tabs` permission), then access goes, as
    // when the user switches it off in the add-on's permissions.
    const tab = await withBridge(
      bridge,
      async (_lk, { url }) => {
        const api = (globalThis as unknown as { browser: FirefoxApi }).browser;
        const [found] = await api.tabs.query({ url });
        if (!found) throw new Error(`no tab at ${url}`);
        const removed = await api.permissions.remove({ origins: ['https://*.linkedin.com/*'] });
        return { ...found, removed };
      },
      { url: URLS.dana },
    );
    expect(tab.removed).toBe(true);
    await page.reload();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await page.evaluate(() => document.documentElement.lastElementChild?.localName)).toBe('body');

    await withBridge(
      bridge,
      async (_lk, { url, tab }) => {
        const api = (globalThis as unknown as { browser: FirefoxApi }).browser;
        const background = (await api.runtime.getBackgroundPage()) as unknown as {
          loopkeeperMenuClick(info: object, tab: object): Promise<void>;
        };
        await background.loopkeeperMenuClick(
          { menuItemId: 'add-interviewer', pageUrl: url, selectionText: ' Jo  Doe ' },
          tab,
        );
      },
      { url: URLS.dana, tab },
    );
    const panel = await ext.waitForPage(ext.url('src/capture/tab.html'));
    await until(async () => (await value(panel.mainFrame(), 'Name')) === 'Jo Doe', 'the selected name');
    await fill(panel.mainFrame(), 'Company', 'Acme Corp', true);
    await fill(panel.mainFrame(), 'Your role', 'CFO');
    await click(panel.mainFrame(), 'Save');
    await seeText(panel.mainFrame(), 'Saved Jo Doe to Acme Corp — CFO');
    const people = await withBridge(bridge, async (lk) => (await lk.people.listPeople()).map((p) => p.name));
    expect(people).toEqual(['Jo Doe']);
  });
});

describe('the capture panel in a short window (682 px high)', () => {
  it('fits the window, shows its heading, and scrolls inside its own border to Save', async () => {
    const ext = await launchFirefox({ server, width: 1100, height: 682 });
    const page = await openProfile(ext, URLS.dana);
    await pressSaveButton(page);
    const panel = await panelFrame(page);
    await until(async () => (await value(panel, 'Name')) === 'Dana Hill', 'the panel filled in');
    // The frame has grown to the window (less its margins), and no more.
    await until(() => panel.evaluate(() => innerHeight === 682 - 24), 'the frame to fit the window');
    const layout = await panel.evaluate(() => {
      const body = document.body;
      const heading = document.querySelector('h1, h2');
      return {
        bodyScrolls: body.scrollHeight > body.clientHeight,
        viewportScrolls: document.documentElement.scrollHeight > innerHeight,
        bodyBottom: body.getBoundingClientRect().bottom,
        headingTop: heading?.getBoundingClientRect().top ?? -1,
        scrollTop: body.scrollTop,
      };
    });
    // The panel scrolls in its body, whose border is the frame's edge (nothing spills below it)…
    expect(layout).toMatchObject({ bodyScrolls: true, viewportScrolls: false, bodyBottom: 682 - 24 });
    // …and opens at its top, the heading in sight.
    expect(layout.scrollTop).toBe(0);
    expect(layout.headingTop).toBeGreaterThanOrEqual(0);
    const save = await control(panel, 'Save');
    await save.scrollIntoView();
    const bottom = await save.evaluate((button) => button.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(682 - 24);
  });
});

interface FirefoxApi {
  tabs: { query(q: { url?: string }): Promise<{ id?: number; url?: string }[]> };
  runtime: { getBackgroundPage(): Promise<Window> };
  permissions: { remove(p: { origins: string[] }): Promise<boolean> };
}
