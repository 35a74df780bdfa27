/**
 * The native journey, in a real (headed) Chromium under Xvfb: right-click with xdotool, choose "Add
 * interviewer" with the keyboard as a user would (type-ahead: A), fill the panel, Save — ending with
 * the person in the loop in the database and on the dashboard. Pages are on hosts the extension has
 * no access to, so everything rests on the click's activeTab grant. Also the keyboard shortcut on a
 * team page (the list to tick). `npm test` runs the e2e suite under xvfb-run; to run this file alone:
 * `xvfb-run -a npx vitest run --config vitest.e2e.config.ts tests/e2e/capture-rightclick.e2e.ts`.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension, withBridge } from './harness';
import { type PageServer, servePages } from './https-server';
import { escapeFromPanel, fieldValue, panelFrame, routes, URLS, until } from './pages/site';

let server: PageServer;
beforeAll(async () => {
  if (!process.env.DISPLAY) throw new Error('The native right-click needs a display: run under xvfb-run.');
  server = await servePages(routes());
});
afterAll(async () => server?.close());
function xdotool(...args: string[]): string {
  return execFileSync('xdotool', args, { encoding: 'utf8', timeout: 10_000 }).trim();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Visible windows tall enough to be a menu. Hovering a link also shows windows of Chromium's own (the
 * link's status bubble, a tooltip), which may appear late under load: counting every window took such a
 * bubble for the menu, typed "a" before the menu was there, and left the menu open (it then holds the
 * input, and the test's own keystrokes hung until the 90 s timeout).
 */
function menuLikeWindows(): Set<string> {
  const ids = xdotool('search', '--onlyvisible', '--name', '').split('\n').filter(Boolean);
  return new Set(
    ids.filter((id) => {
      const geometry = /Geometry: (\d+)x(\d+)/.exec(xdotool('getwindowgeometry', id));
      return Number(geometry?.[2] ?? 0) >= 100;
    }),
  );
}
const visibleIds = () =>
  new Set(xdotool('search', '--onlyvisible', '--name', '').split('\n').filter(Boolean));

/** Gives Chromium's window the X focus (there is no window manager under Xvfb to do it). */
function focusBrowser(): void {
  const [window] = xdotool('search', '--onlyvisible', '--class', 'chromium').split('\n');
  if (!window) throw new Error('no Chromium window on the display');
  xdotool('windowfocus', '--sync', window);
}

/**
 * Screen coordinates of an element's centre. The offset of the page inside the window (tab strip,
 * toolbar, borders) is measured rather than guessed: move the pointer, read where the page saw it.
 * The reading of an earlier call is cleared first: waiting for "a reading exists" would otherwise pass
 * at once on the second right-click and use where the pointer was before (under load, the new moves
 * may not have reached the page yet), putting the click hundreds of pixels off.
 */
async function screenPoint(page: Page, selector: string): Promise<{ x: number; y: number }> {
  await page.evaluate(() => {
    const scope = globalThis as { lkMouse?: number[]; lkListening?: boolean };
    delete scope.lkMouse;
    if (scope.lkListening) return;
    scope.lkListening = true;
    addEventListener(
      'mousemove',
      (e: MouseEvent) => {
        scope.lkMouse = [e.clientX, e.clientY];
      },
      true,
    );
  });
  const origin = await page.evaluate(() => [screenX + 300, screenY + 300]);
  xdotool('mousemove', String(origin[0]), String(origin[1]));
  await sleep(100);
  xdotool('mousemove_relative', '--', '1', '1');
  // Only moves made after the reading was cleared count: at most the first is read, 1 px short.
  await page.waitForFunction(() => 'lkMouse' in globalThis, undefined, { timeout: 10_000 });
  await sleep(100); // let the last move land, if the first was read
  const seen = (await page.evaluate(
    () => (globalThis as unknown as { lkMouse: number[] }).lkMouse,
  )) as number[];
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return {
    x: Math.round((origin[0] ?? 0) + 1 - (seen[0] ?? 0) + box.x + box.width / 2),
    y: Math.round((origin[1] ?? 0) + 1 - (seen[1] ?? 0) + box.y + box.height / 2),
  };
}

/** Right-clicks `selector` with the real pointer and picks "Add interviewer" from the native menu. */
async function addInterviewerByRightClick(page: Page, selector: string): Promise<void> {
  await page.bringToFront();
  focusBrowser();
  const { x, y } = await screenPoint(page, selector);
  xdotool('mousemove', String(x), String(y));
  await sleep(200);
  const before = menuLikeWindows();
  xdotool('click', '3');
  let menu = '';
  await until(async () => {
    menu = [...menuLikeWindows()].find((id) => !before.has(id)) ?? '';
    return menu !== '';
  }, 'the context menu to open');
  await sleep(150); // drawn and taking keys
  xdotool('key', 'a'); // type-ahead: the only item starting with A, chosen at once
  await until(async () => !visibleIds().has(menu), 'the context menu to close');
}

async function seedLoops(ext: Extension): Promise<{ acme: string; globex: string }> {
  return withBridge(await ext.bridge(), async (lk) => {
    const globexCo = await lk.companies.findOrCreateCompany({ name: 'Globex' });
    const globex = await lk.loops.createLoop({ companyId: globexCo.id, role: 'CTO', status: 'screening' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const acmeCo = await lk.companies.findOrCreateCompany({ name: 'Acme Corp' });
    const acme = await lk.loops.createLoop({
      companyId: acmeCo.id,
      role: 'VP Marketing',
      status: 'interviewing',
    });
    return { acme: acme.id, globex: globex.id };
  });
}

async function loopPeople(ext: Extension, loopId: string) {
  return withBridge(
    await ext.bridge(),
    async (lk, id) => {
      const parts = await lk.participations.listParticipationsOfLoop(id);
      return Promise.all(
        parts.map(async (p) => ({ ...(await lk.people.getPerson(p.personId)), role: p.role, met: p.met })),
      );
    },
    loopId,
  );
}

describe('the native right-click, under Xvfb', () => {
  it('right-click a link, choose Add interviewer, Save: the person is in the loop and on the dashboard', async () => {
    const ext = await launchExtension({ headed: true, args: server.args, allowedHosts: server.hosts });
    const { acme } = await seedLoops(ext);
    const page = await ext.context.newPage();
    await page.goto(URLS.news);

    await addInterviewerByRightClick(page, '#dana-link');
    const panel = await panelFrame(page);
    const name = panel.getByRole('textbox', { name: 'Name' });
    await name.waitFor();
    expect(await name.inputValue()).toBe('Dana Hill');
    expect(await panel.getByRole('textbox', { name: 'Profile URL' }).inputValue()).toBe(URLS.dana);
    // Active loops, most recent first; the latest is chosen.
    const loops = panel.getByRole('combobox', { name: 'Add to' });
    expect(await loops.locator('option').allTextContents()).toEqual([
      'Acme Corp — VP Marketing',
      'Globex — CTO',
      'New loop…',
    ]);
    expect(await loops.inputValue()).toBe(acme);
    // Keyboard only, from the name field: Tab to the title, type it, Enter saves.
    await name.press('Tab');
    await panel.page().keyboard.type('VP Marketing');
    await panel.page().keyboard.press('Enter');
    await panel.getByText('Saved Dana Hill to Acme Corp — VP Marketing').waitFor();

    const people = await loopPeople(ext, acme);
    expect(people.map((p) => [p.name, p.headline, p.profiles.linkedin, p.role])).toEqual([
      ['Dana Hill', 'VP Marketing', URLS.dana, 'interviewer'],
    ]);
    const dashboard = await ext.open(`src/dashboard/index.html#/loops/${acme}`);
    await dashboard.getByText('Dana Hill').first().waitFor();

    // Escape closes the panel (focus sits on its Close button after saving).
    await escapeFromPanel(panel);

    // A selected name, on the same page: right-click the selection.
    await page.bringToFront();
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('riley') as HTMLElement);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await addInterviewerByRightClick(page, '#riley');
    const second = await panelFrame(page);
    await until(
      async () => (await fieldValue(second.getByRole('textbox', { name: 'Name' }))) === 'Riley Quinn',
      'the selected name in the panel',
    );
    await second.getByRole('combobox', { name: 'Their role' }).selectOption('peer');
    await second.getByRole('button', { name: 'Save', exact: true }).click();
    await second.getByText('Saved Riley Quinn to Acme Corp — VP Marketing').waitFor();
    expect((await loopPeople(ext, acme)).map((p) => [p.name, p.role])).toEqual([
      ['Dana Hill', 'interviewer'],
      ['Riley Quinn', 'peer'],
    ]);
  });

  it('the keyboard shortcut on a team page offers the people to tick; the one already saved is not doubled', async () => {
    const ext = await launchExtension({ headed: true, args: server.args, allowedHosts: server.hosts });
    const { acme } = await seedLoops(ext);
    await withBridge(await ext.bridge(), async (lk) => {
      await lk.people.createPerson({ name: 'Dana Hill', company: 'Acme Corp', headline: 'VP Marketing' });
    });
    const page = await ext.context.newPage();
    await page.goto(URLS.team);
    await page.bringToFront();
    focusBrowser();
    xdotool('key', 'alt+shift+k');

    const panel = await panelFrame(page);
    await panel.getByText('People on this page (3)').waitFor();
    await panel.getByText('Already saved: added as saved').waitFor();
    expect(await panel.getByRole('checkbox').count()).toBe(4); // 3 people, hit it off
    // A list page asks once when you met them all; Today unless told otherwise.
    expect(await panel.getByRole('radio', { name: 'Today' }).isChecked()).toBe(true);
    await panel.getByRole('button', { name: 'Tick all' }).click();
    await panel.getByRole('button', { name: 'Save 3 people' }).click();
    await panel.getByText('Saved 3 people to Acme Corp — VP Marketing').waitFor();

    const people = await loopPeople(ext, acme);
    expect(people.map((p) => [p.name, p.role]).sort()).toEqual([
      ['Dana Hill', 'interviewer'],
      ['Lee Park', 'interviewer'],
      ['Morgan Diaz', 'interviewer'],
    ]);
    const counts = await withBridge(await ext.bridge(), async (lk) => lk.counts());
    expect(counts.people).toBe(3);
  });
});
