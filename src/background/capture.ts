/**
 * Opening the capture panel in a tab: inject the on-request content script (allowed by `activeTab`,
 * granted by the right-click, the shortcut or the popup), ask it to recognise the page and open the
 * panel's frame. Where a page refuses scripts (the browser's own pages, the web store, a PDF), the
 * panel opens in a tab of its own with what the click itself told us.
 */
import browser from 'webextension-polyfill';
import type { CaptureExtraction, Replies } from '../messages';
import { putPending } from './capture-pending';
import { CAPTURE_SCRIPT } from './capture-script';

/** What the click says about where the user pointed. */
export interface CaptureHint {
  via: 'page' | 'link' | 'selection';
  linkUrl?: string;
  selectionText?: string;
}

/** The API the on-request script leaves in the extension's isolated world (never the page's). */
export interface CaptureApi {
  start(hint: CaptureHint): Promise<boolean>;
  peek(): Replies['capture-peek'];
}

/** The panel as a page of its own (not the framed, web-accessible index.html: see tab.html). */
const PANEL_TAB_PAGE = 'src/capture/tab.html';

/**
 * A click grants `activeTab` in the browser, which tells the page's renderer on a channel of its own; on
 * a busy machine the script can reach the page first and be refused as if there were no grant (seen in
 * the browser tests under load: "Cannot access contents of the page"). So a refusal is tried once more
 * after a pause before Loopkeeper concludes the page takes no scripts.
 */
export const GRANT_SETTLE_MS = 300;

/** Runs `work` in the page, once more after a pause if the page refused it the first time. */
async function inPage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch {
    await new Promise((resolve) => setTimeout(resolve, GRANT_SETTLE_MS));
    return work();
  }
}

async function inject(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CAPTURE_SCRIPT] });
}

/** Recognises the page in `tabId` and opens the panel over it. Resolves true when the frame opened. */
export async function startCaptureInTab(tabId: number, hint: CaptureHint, pageUrl = ''): Promise<boolean> {
  try {
    const opened = await inPage(async () => {
      await inject(tabId);
      const [result] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        // Runs in the content script's isolated world, where the injected file left its API.
        func: (h: CaptureHint) =>
          (globalThis as { loopkeeperCapture?: CaptureApi }).loopkeeperCapture?.start(h) ?? false,
        args: [hint],
      });
      return result?.result === true;
    });
    if (opened) return true;
  } catch (error) {
    console.warn('Loopkeeper could not open the panel on this page; opening it in a tab.', error);
  }
  await openPanelInTab(hintOnly(hint, pageUrl));
  return false;
}

/** A short summary of what the tab shows, for the popup's "Save <name>". */
export async function peekTab(tabId: number): Promise<Replies['capture-peek']> {
  try {
    return await inPage(async () => {
      await inject(tabId);
      const [result] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        func: () => (globalThis as { loopkeeperCapture?: CaptureApi }).loopkeeperCapture?.peek() ?? null,
      });
      return (result?.result as Replies['capture-peek'] | null) ?? { kind: 'none' };
    });
  } catch {
    // A page scripts may not run in: nothing to offer.
    return { kind: 'none' };
  }
}

/** What can be known without the page: the selected text as a name, the address of the page. */
export function hintOnly(hint: CaptureHint, pageUrl: string): CaptureExtraction {
  const name = (hint.selectionText ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
  return {
    pageUrl: pageUrl.slice(0, 2000),
    via: hint.via,
    subject: hint.via === 'selection' && name ? { name } : null,
    people: [],
    company: null,
  };
}

async function openPanelInTab(extraction: CaptureExtraction): Promise<void> {
  const token = await putPending({ kind: 'panel', tabId: null, extraction });
  await browser.tabs.create({ url: `${browser.runtime.getURL(PANEL_TAB_PAGE)}#${token}` });
}
