import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

// The popup's actions go to the service worker: here they go through the real router and handlers,
// with the toolbar badge faked.
const badge = vi.hoisted(() => ({ text: '' }));
vi.mock('webextension-polyfill', () => ({
  default: {
    action: {
      setBadgeText: async ({ text }: { text: string }) => {
        badge.text = text;
      },
      setBadgeBackgroundColor: async () => undefined,
    },
  },
}));

import { handlers } from '../../src/background/handlers';
import { createRouter } from '../../src/background/router';
import type { LoopkeeperDatabase } from '../../src/db/database';
import { localDate } from '../../src/domain/today';
import { App } from '../../src/popup/App';
import { freshPopupDatabase, seedJobSearch } from './seed';

let db: LoopkeeperDatabase;
beforeAll(() => {
  const origin = 'chrome-extension://loopkeeper-test/';
  const route = createRouter(handlers, 'loopkeeper-test', origin);
  const scope = globalThis as unknown as { chrome: { runtime?: unknown } };
  scope.chrome.runtime = {
    sendMessage: (message: unknown) =>
      route(message, { id: 'loopkeeper-test', url: `${origin}src/popup/index.html` }),
  };
});
let root: HTMLElement;
const today = localDate();

beforeEach(async () => {
  db = await freshPopupDatabase();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** Waits until `find` returns something (the popup reads IndexedDB asynchronously). */
async function until<T>(find: () => T | null | undefined | false, what = 'element'): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`timed out waiting for ${what}`);
}
const button = (scope: ParentNode, name: string) =>
  [...scope.querySelectorAll('button')].find((b) => b.textContent?.replace('▾', '').trim() === name);
const item = (text: string, kind?: string) =>
  [...root.querySelectorAll('li.reminder')].find(
    (li) =>
      li.textContent?.includes(text) && (!kind || li.querySelector('.reminder-kind')?.textContent === kind),
  );
async function click(element: HTMLElement | undefined) {
  if (!element) throw new Error('nothing to click');
  await act(() => element.click());
}

describe('the popup', () => {
  it('shows how to save the first interviewer on a first run', async () => {
    render(<App />, root);
    await until(() => root.textContent?.includes('Save your first interviewer'), 'first-run guidance');
  });

  it('lists overdue, today and the next 14 days with counts, and marks the list drawn', async () => {
    await seedJobSearch(today);
    render(<App />, root);
    // The first frame draws the first screen; the rest of the list follows once it is painted.
    await until(() => root.querySelector('.section-upcoming'), 'sections');
    const headings = [...root.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(['Overdue2', 'Due today3', 'Next 14 days6']);
    const dana = await until(() => item('Dana Hill', 'Follow-up after a no'));
    expect(dana.textContent).toContain('Chief Marketing Officer · Acme Corp');
    expect(dana.textContent).toContain('Acme Corp — VP Marketing');
    expect(dana.textContent).toContain('Tell Dana you are still interested');
    await until(() => performance.getEntriesByName('loopkeeper:list-drawn').length > 0, 'the mark');
  });

  it('snoozes a reminder for a week and undoes it', async () => {
    await seedJobSearch(today);
    render(<App />, root);
    const row = await until(() => item('Lee Park', 'Follow-up after a no'));
    await click(button(row, 'Snooze'));
    await click(button(row, 'A week'));
    const undo = await until(() => button(root, 'Undo'), 'undo');
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/Snoozed until .*: Lee Park\./);
    // A week on, it sits in the next 14 days.
    const moved = item('Lee Park', 'Follow-up after a no');
    expect(moved?.closest('section')?.className).toContain('section-upcoming');
    expect(moved?.querySelector('.reminder-due')?.textContent).toBe('In 7 days');
    const snoozed = await db.reminders.filter((r) => r.kind === 'rejection-follow-up').toArray();
    expect(snoozed.filter((r) => r.status === 'snoozed')).toHaveLength(1);
    await click(undo);
    await until(
      () => item('Lee Park', 'Follow-up after a no')?.closest('.section-today'),
      'the reminder back today',
    );
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Undone');
    expect((await db.reminders.toArray()).filter((r) => r.status === 'snoozed')).toHaveLength(0);
  });

  it('marks a message sent by a chosen channel, logging a touch', async () => {
    const { dana } = await seedJobSearch(today);
    render(<App />, root);
    const row = await until(() => item('Dana Hill', 'Follow-up after a no'));
    await click(button(row, 'Mark as sent'));
    await click(button(row, 'LinkedIn'));
    await until(() => root.textContent?.includes('Logged: LinkedIn to Dana Hill'), 'the toast');
    const touches = await db.touches.where('personId').equals(dana.id).toArray();
    expect(touches.map((touch) => [touch.channel, touch.on])).toEqual([['linkedin', today]]);
    expect(badge.text).toBe('4');
  });

  it('completes a task with Done, links the review, and dismisses', async () => {
    await seedJobSearch(today);
    render(<App />, root);
    const review = await until(() => item('Acme Corp — VP Marketing', 'Review the process'));
    const link = [...review.querySelectorAll('a')].find((a) => a.textContent === 'Open the review');
    expect(link?.getAttribute('href')).toMatch(/^\/src\/dashboard\/index\.html#\/loops\/[\w-]+$/);
    expect(button(review, 'Write')).toBeUndefined();
    await click(button(review, 'Done'));
    await until(() => !item('Acme Corp — VP Marketing', 'Review the process'), 'the review gone');
    expect((await db.reminders.filter((r) => r.kind === 'process-review').first())?.status).toBe('done');
    const questions = await until(() => item('Globex', 'Prepare your questions'));
    await click(button(questions, 'Dismiss'));
    await until(() => root.textContent?.includes('Dismissed: Globex — Head of Growth.'), 'dismissed');
  });

  it('writes with the template, a mailto: link and the profile, then marks it sent', async () => {
    const { dana } = await seedJobSearch(today);
    render(<App />, root);
    const row = await until(() => item('Dana Hill', 'Follow-up after a no'));
    await click(button(row, 'Write'));
    const subject = await until(() => root.querySelector<HTMLInputElement>('.composer input'), 'composer');
    expect(subject.value).toBe('Staying in touch after the VP Marketing search');
    const mail = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Open in mail');
    expect(mail?.getAttribute('href')).toMatch(
      /^mailto:dana\.hill@acme\.example\?subject=Staying%20in%20touch/,
    );
    const profile = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Open profile');
    expect(profile?.getAttribute('href')).toBe('https://www.linkedin.com/in/dana-hill');
    const select = root.querySelector<HTMLSelectElement>('.composer select');
    expect(select?.value).toBe('email');
    await click(button(root, 'Mark as sent'));
    await until(() => root.textContent?.includes('Logged: Email to Dana Hill'), 'sent');
    expect(await db.touches.where('personId').equals(dana.id).count()).toBe(1);
    expect(root.querySelector('.composer')).toBeNull();
  });
});
