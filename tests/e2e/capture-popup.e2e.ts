/**
 * The popup's "Save <name>", end to end in Chromium: the real toolbar popup (opened by the worker with
 * `action.openPopup()`, attached to the window whose active tab shows the page, as a click on the icon
 * would), its `capture-peek` about that tab, and `capture-open` putting the panel on the page. The popup
 * is not a tab, so Playwright does not list it as a page; an extension tab in the background reaches
 * its document through `extension.getViews({ type: 'popup' })`, as extension pages of one extension may.
 * Pages come from the loopback server under www.linkedin.com, where the extension has host access (the
 * popup opened by script gets no activeTab grant); a page without access shows that nothing is offered.
 */

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import catalog from '../../public/_locales/en/messages.json';
import { type Extension, launchExtension, withBridge } from './harness';
import { type PageServer, servePages, testPage } from './https-server';
import { panelFrame, routes, URLS, until } from './pages/site';

const COMPANY = 'https://www.linkedin.com/company/northwind-labs/';

let server: PageServer;
beforeAll(async () => {
  server = await servePages({
    ...routes(),
    'www.linkedin.com/company/northwind-labs/': testPage('linkedin-company.html'),
  });
});
afterAll(async () => server.close());
interface PopupChrome {
  extension: { getViews(filter: { type: 'popup' }): Window[] };
}

/**
 * Opens `url` in a tab, with an extension tab behind it (to reach the popup and seed data), brings the
 * page to the front — the active tab of its window — and opens the toolbar popup over it.
 */
async function pageWithPopup(url: string): Promise<{ ext: Extension; page: Page; helper: Page }> {
  const ext = await launchExtension({ args: server.args, allowedHosts: server.hosts });
  const page = await ext.context.newPage();
  await page.goto(url);
  const helper = await ext.bridge();
  await page.bringToFront();
  return { ext, page, helper };
}

async function openPopup(ext: Extension, helper: Page): Promise<void> {
  await ext.worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }
    ).chrome.action.openPopup(),
  );
  // The popup has drawn once its list (or empty state) is there; the offer comes from one more round trip.
  await helper.waitForFunction(() => {
    const [popup] = (globalThis as unknown as { chrome: PopupChrome }).chrome.extension.getViews({
      type: 'popup',
    });
    return Boolean(popup?.document.querySelector('.popup .empty, .popup section'));
  });
}

/**
 * The popup's usable buttons, by their text (an empty popup's "Save this page" carries what it saves
 * as hidden text: "Save this page: Save Dana Hill"; one marked aria-disabled is left out).
 */
async function popupButtons(helper: Page): Promise<string[]> {
  return helper.evaluate(() => {
    const [popup] = (globalThis as unknown as { chrome: PopupChrome }).chrome.extension.getViews({
      type: 'popup',
    });
    return [...(popup?.document.querySelectorAll('button:not([aria-disabled="true"])') ?? [])].map(
      (b) => b.textContent ?? '',
    );
  });
}

/** A button offering `label` ("Save Dana Hill"), on a list or as an empty popup's "Save this page". */
const offers = (text: string, label: string) => text === label || text.endsWith(`: ${label}`);

/** Waits for the offer, checks it is a real focusable button, and presses it with the keyboard's Enter. */
async function takeOffer(helper: Page, label: string): Promise<void> {
  await until(
    async () => (await popupButtons(helper)).some((text) => offers(text, label)),
    `"${label}" in the popup`,
  );
  const pressed = await helper.evaluate((label) => {
    const [popup] = (globalThis as unknown as { chrome: PopupChrome }).chrome.extension.getViews({
      type: 'popup',
    });
    const button = [...(popup?.document.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent === label || !!b.textContent?.endsWith(`: ${label}`),
    );
    if (button?.type !== 'button') return false;
    button.focus();
    if (popup?.document.activeElement !== button) return false;
    button.click(); // what Enter on a focused button does
    return true;
  }, label);
  expect(pressed).toBe(true);
}

const popupCount = (helper: Page) =>
  helper.evaluate(
    () =>
      (globalThis as unknown as { chrome: PopupChrome }).chrome.extension.getViews({ type: 'popup' }).length,
  );

describe("the popup's offer to save from the page", () => {
  it('offers "Save Dana Hill" on her profile; the click opens the panel in her tab, closes the popup, and saving works', async () => {
    const { ext, page, helper } = await pageWithPopup(URLS.dana);
    const loopId = await withBridge(helper, async (lk) => {
      const acme = await lk.companies.findOrCreateCompany({ name: 'Acme Corp' });
      return (await lk.loops.createLoop({ companyId: acme.id, role: 'VP Marketing', status: 'interviewing' }))
        .id;
    });
    await openPopup(ext, helper);
    await takeOffer(helper, 'Save Dana Hill');

    const panel = await panelFrame(page);
    const name = panel.getByRole('textbox', { name: 'Name' });
    await name.waitFor();
    expect(await name.inputValue()).toBe('Dana Hill');
    await until(async () => (await popupCount(helper)) === 0, 'the popup to close');
    // Her company has an active loop: it is the one chosen.
    expect(await panel.getByRole('combobox', { name: 'Add to' }).inputValue()).toBe(loopId);
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await panel.getByText('Saved Dana Hill to Acme Corp — VP Marketing').waitFor();

    const people = await withBridge(
      helper,
      async (lk, id) => {
        const parts = await lk.participations.listParticipationsOfLoop(id);
        return Promise.all(parts.map(async (p) => (await lk.people.getPerson(p.personId)).profiles.linkedin));
      },
      loopId,
    );
    expect(people).toEqual([URLS.dana]);
  });

  it('on a company page offers the company; the panel starts a loop there, then adds a person to it', async () => {
    const { ext, page, helper } = await pageWithPopup(COMPANY);
    await openPopup(ext, helper);
    await takeOffer(helper, 'Save Northwind Labs');

    const panel = await panelFrame(page);
    await panel.getByText('This page is about Northwind Labs.').waitFor();
    expect(await panel.getByRole('radio', { name: 'Start a loop at Northwind Labs' }).isChecked()).toBe(true);
    expect(await panel.getByRole('textbox', { name: 'Website' }).inputValue()).toBe('northwind.example');
    expect(await panel.getByRole('textbox', { name: 'LinkedIn page' }).inputValue()).toBe(COMPANY);
    // Focus waits on the role, the one thing to type; Enter starts the loop.
    const role = panel.getByRole('textbox', { name: 'Your role' });
    await until(async () => role.evaluate((el) => el === document.activeElement), 'focus on the role');
    await panel.page().keyboard.type('Head of Product');
    await panel.getByRole('combobox', { name: 'Stage' }).selectOption('screening');
    await role.press('Enter');
    await panel.getByText('Started a loop at Northwind Labs — Head of Product.').waitFor();

    const saved = await withBridge(helper, async (lk) => {
      const [loop] = await lk.loops.listLoopsByStatus(['screening']);
      const company = loop && (await lk.companies.getCompany(loop.companyId));
      const people = loop ? await lk.participations.listParticipationsOfLoop(loop.id) : [];
      return { role: loop?.role, company, people: people.length };
    });
    expect(saved).toMatchObject({
      role: 'Head of Product',
      company: { name: 'Northwind Labs', domain: 'northwind.example', linkedinUrl: COMPANY },
      people: 0,
    });

    // Closed, and again from the popup: the loop is open there now, so adding a person to it comes first.
    await panel.getByRole('button', { name: 'Close', exact: true }).click();
    await until(
      async () => !page.frames().some((f) => f.url().includes('/src/capture/index.html')),
      'the panel to close',
    );
    await page.bringToFront();
    await openPopup(ext, helper);
    await takeOffer(helper, 'Save Northwind Labs');
    const again = await panelFrame(page);
    const person = again.getByRole('radio', { name: 'Add a person at Northwind Labs by name' });
    await person.waitFor();
    expect(await person.isChecked()).toBe(true);
    await again.getByText('Already open there: Head of Product').waitFor();
    await again.getByRole('textbox', { name: 'Name' }).fill('Jo Lindqvist');
    expect(
      await again.getByRole('combobox', { name: 'Add to' }).locator('option:checked').textContent(),
    ).toBe('Northwind Labs — Head of Product');
    await again.getByRole('button', { name: 'Save', exact: true }).click();
    await again.getByText('Saved Jo Lindqvist to Northwind Labs — Head of Product').waitFor();
  });

  it('offers nothing where Loopkeeper may not read the page, and the popup still shows its list', async () => {
    const { ext, page, helper } = await pageWithPopup(URLS.news);
    await openPopup(ext, helper);
    // The peek has answered (the worker's injection was refused) when the popup has settled; give it time.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const buttons = await popupButtons(helper);
    expect(buttons.filter((b) => b.startsWith('Save'))).toEqual([]);
    const text = await helper.evaluate(
      () =>
        (globalThis as unknown as { chrome: PopupChrome }).chrome.extension.getViews({ type: 'popup' })[0]
          ?.document.body.textContent ?? '',
    );
    expect(text).toContain('Open dashboard');
    // The empty popup says why there is nothing to save here.
    expect(text).toContain(catalog.popup_save_page_none.message);

    // The same tab on a page it may read: the offer is there, so its absence above was no accident.
    await page.goto(URLS.dana);
    await page.bringToFront();
    await openPopup(ext, helper);
    await until(
      async () => (await popupButtons(helper)).some((text) => offers(text, 'Save Dana Hill')),
      'the offer on Dana’s page',
    );
  });
});
