/**
 * Finding things the way a user does — by what a control is called: its aria-label, its label, or its
 * text (exactly, after trimming) — and waiting for text. Done in the page, because Firefox builds its
 * accessibility tree lazily and puppeteer's ARIA queries over BiDi miss controls drawn a moment ago.
 */
import type { ElementHandle, Frame, Page } from 'puppeteer-core';

type Where = Page | Frame;

/**
 * The visible control called `name` (aria-label, label or text), once it is there: the first, or the
 * last when `last` (the capture panel has a person's Company and a new loop's Company).
 */
export async function control(where: Where, name: string, last = false): Promise<ElementHandle<Element>> {
  const handle = await where.waitForFunction(
    (wanted: string, fromEnd: boolean) => {
      const candidates = document.querySelectorAll<HTMLElement>(
        'button, a, input, select, textarea, summary, [role="button"], [role="menuitem"], [role="tab"]',
      );
      for (const element of fromEnd ? [...candidates].reverse() : candidates) {
        const labels = (element as HTMLInputElement).labels;
        const names = [
          element.getAttribute('aria-label'),
          labels?.[0]?.textContent,
          element.textContent,
          element.getAttribute('title'),
        ].map((n) => n?.replace(/\s+/g, ' ').trim());
        const visible = element.getClientRects().length > 0;
        if (visible && names.includes(wanted)) return element;
      }
      return null;
    },
    { timeout: 20_000, polling: 100 },
    name,
    last,
  );
  return handle as ElementHandle<Element>;
}

/** Clicks the control called `name`. */
export async function click(where: Where, name: string): Promise<void> {
  const element = await control(where, name);
  await element.click();
}

/** Types `value` into the field labelled `label`, replacing what was there. */
export async function fill(where: Where, label: string, value: string, last = false): Promise<void> {
  const element = await control(where, label, last);
  await element.evaluate((field) => (field as HTMLInputElement).select());
  await element.type(value);
}

/** Waits until the page's visible text contains `text`. */
export async function seeText(where: Where, text: string, timeout = 20_000): Promise<void> {
  await where.waitForFunction(
    // biome-ignore lint/performance/useDomNodeTextContent: what is shown, not what is hidden in the DOM
    (t) => document.body.innerText.includes(t),
    { timeout, polling: 100 },
    text,
  );
}

/** The page's visible text. */
export function textOf(where: Where): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: what is shown, not what is hidden in the DOM
  return where.evaluate(() => document.body.innerText);
}
