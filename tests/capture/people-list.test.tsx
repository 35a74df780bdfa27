/**
 * A page of a hundred people in the capture panel (issue 14): all of them offered, none ticked at
 * first, a filter by name, title or company, "Tick all" for what the filter shows, and a person already
 * saved recognised in the list. The panel's messages go to the worker's real functions.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { knownPeople, openLoops, saveCapture } from '../../src/background/capture-save';
import { App } from '../../src/capture/App';
import { createPerson } from '../../src/db/people';
import type { CapturedPerson, CaptureExtraction } from '../../src/messages';
import { freshDatabase } from '../helpers/db';

const people: CapturedPerson[] = Array.from({ length: 100 }, (_, i) => ({
  name: `Speaker Number${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
  title: i % 2 ? 'Engineer' : 'Designer',
  company: i === 42 ? 'Initech' : 'Acme Widgets',
}));
const GRID: CaptureExtraction = {
  pageUrl: 'https://widgetconf.example/speakers',
  via: 'page',
  subject: null,
  people,
  company: { name: 'WidgetConf' },
};

const worker: Record<string, (payload: never) => Promise<unknown>> = {
  'capture-take': async () => ({ extraction: GRID, loops: await openLoops() }),
  'capture-known': knownPeople,
  'capture-save': async (request: never) => (await saveCapture(request)).reply,
  'capture-close': async () => ({ ok: true }),
};
const scope = globalThis as unknown as { chrome: { runtime?: unknown } };

let root: HTMLElement;
beforeEach(async () => {
  scope.chrome.runtime = {
    async sendMessage({ type, payload }: { type: string; payload: never }) {
      try {
        return { ok: true, reply: await (worker[type] as (p: never) => Promise<unknown>)(payload) };
      } catch (error) {
        return { ok: false, error: (error as Error).message };
      }
    },
  };
  await freshDatabase();
  location.hash = '#token-for-the-test';
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function until<T>(find: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const found = find();
    if (found) return found;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`timed out waiting for ${what}`);
}
const boxes = () => [...root.querySelectorAll<HTMLInputElement>('.people li input[type=checkbox]')];
const rowOf = (name: string) =>
  [...root.querySelectorAll('.people li')].find((li) => li.textContent?.includes(name));
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text);

describe('a page of a hundred people in the capture panel', () => {
  it('offers all of them, none ticked, with a filter, "Tick all" for what it shows, and the saved one known', async () => {
    const saved = people[42] as CapturedPerson;
    await createPerson({ name: saved.name, company: 'Initech' });
    await act(() => render(<App />, root));
    await until(() => boxes().length === 100, 'the hundred people');
    expect(root.querySelector('.people legend')?.textContent).toBe('People on this page (100)');
    expect(boxes().every((b) => !b.checked)).toBe(true);
    await until(
      () => rowOf(saved.name)?.textContent?.includes('Already saved'),
      'the saved person recognised',
    );

    const filter = root.querySelector<HTMLInputElement>('.people input[type=search]') as HTMLInputElement;
    expect(filter.closest('label')?.textContent).toContain('Filter by name, title or company');
    await act(() => {
      filter.value = 'initech';
      filter.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(boxes()).toHaveLength(1);
    expect(root.querySelector('.people-count')?.textContent).toBe('1 of 100 shown, 0 ticked');

    await act(() => {
      filter.value = 'designer';
      filter.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(boxes()).toHaveLength(50);
    await act(() => button('Tick all')?.click());
    expect(boxes().every((b) => b.checked)).toBe(true);
    expect(root.querySelector('.people-count')?.textContent).toBe('50 of 100 shown, 50 ticked');

    await act(() => {
      filter.value = '';
      filter.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(boxes().filter((b) => b.checked)).toHaveLength(50);
  });
});
