/**
 * The popup's "Save <name>" offer (src/popup/SaveFromPage.tsx): what it asks the worker about the active
 * tab, what it offers for each answer, and what a click does. The browser's tabs and messages are faked.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Replies } from '../../src/messages';
import { usePageOffer } from '../../src/popup/page-offer';
import { SaveFromPage } from '../../src/popup/SaveFromPage';

/** As the popup shows it: the offer asked once (page-offer.ts), the button drawn from it. */
const Offer = () => <SaveFromPage offer={usePageOffer()} />;

const scope = globalThis as unknown as { chrome: { runtime?: unknown; tabs?: unknown } };
let sent: { type: string; payload: unknown }[];
let peek: Replies['capture-peek'] | Error;
let tabs: { id?: number }[] | Error;
let root: HTMLElement;

beforeEach(() => {
  sent = [];
  tabs = [{ id: 42 }];
  scope.chrome.tabs = {
    query: vi.fn(async () => {
      if (tabs instanceof Error) throw tabs;
      return tabs;
    }),
  };
  scope.chrome.runtime = {
    async sendMessage(message: { type: string; payload: unknown }) {
      sent.push(message);
      if (message.type === 'capture-open') return { ok: true, reply: { ok: true } };
      return peek instanceof Error ? { ok: false, error: peek.message } : { ok: true, reply: peek };
    },
  };
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  delete scope.chrome.tabs;
  delete scope.chrome.runtime;
  vi.restoreAllMocks();
});

/** Renders the offer and lets its two round trips (tabs, worker) finish. */
async function show(): Promise<HTMLButtonElement | null> {
  await act(() => render(<Offer />, root));
  for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return root.querySelector('button');
}

describe("the popup's offer to save from the page", () => {
  it('asks about the active tab of the current window and offers "Save <name>" for a person', async () => {
    peek = { kind: 'person', name: 'Dana Hill' };
    const button = await show();
    expect(scope.chrome.tabs && (scope.chrome.tabs as { query: unknown }).query).toHaveBeenCalledWith({
      active: true,
      currentWindow: true,
    });
    expect(sent).toEqual([{ type: 'capture-peek', payload: { tabId: 42 } }]);
    expect(button?.textContent).toBe('Save Dana Hill');
    expect(button?.title).toBe('Opens Loopkeeper’s panel on the page');
  });

  it('offers a company by its name, and a list page by its count', async () => {
    peek = { kind: 'company', name: 'Northwind Labs' };
    expect((await show())?.textContent).toBe('Save Northwind Labs');
    render(null, root);
    peek = { kind: 'people', count: 3, name: 'Acme Corp' };
    expect((await show())?.textContent).toBe('Save people from this page (3)');
  });

  it('a click opens the panel in that tab, then closes the popup', async () => {
    peek = { kind: 'person', name: 'Dana Hill' };
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const button = await show();
    await act(async () => button?.click());
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(sent.at(-1)).toEqual({ type: 'capture-open', payload: { tabId: 42 } });
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('offers nothing for a page with no one on it, one the extension may not read, or no tab at all', async () => {
    peek = { kind: 'none' };
    expect(await show()).toBeNull();
    render(null, root);
    peek = new Error('Cannot access contents of the page.');
    expect(await show()).toBeNull();
    render(null, root);
    sent = [];
    tabs = [];
    expect(await show()).toBeNull();
    expect(sent).toEqual([]);
    tabs = new Error('tabs unavailable');
    expect(await show()).toBeNull();
    expect(root.textContent).toBe('');
  });
});
