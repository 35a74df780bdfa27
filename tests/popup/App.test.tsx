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
import { addDays } from '../../src/domain/dates';
import { localDate } from '../../src/domain/today';
import { App } from '../../src/popup/App';
import { freshPopupDatabase, seedInterviewToday, seedJobSearch } from './seed';

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
  throw new Error(`timed out waiting for ${what}: ${root.textContent}`);
}
const button = (scope: ParentNode, name: string) =>
  [...scope.querySelectorAll('button')].find((b) => b.textContent?.replace('▾', '').trim() === name);
/** The row about `text` (a person, or the loop in its group's header) of that kind. */
const item = (text: string, kind?: string) =>
  [...root.querySelectorAll<HTMLElement>('li.reminder')].find(
    (li) =>
      `${li.closest('.group')?.querySelector('.group-title')?.textContent} ${li.textContent}`.includes(
        text,
      ) &&
      (!kind || li.querySelector('.reminder-text')?.textContent?.includes(kind)),
  );
/** Opens a row's "More actions" and presses one of its choices. */
async function more(row: HTMLElement, choice: string) {
  await click(row.querySelector<HTMLElement>('.menu-end > button') ?? undefined);
  await click(button(row, choice));
}
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
    expect(dana.closest('.group')?.querySelector('h3')?.textContent).toBe('Acme Corp — VP Marketing');
    // The why on demand: hidden until "Why?" is pressed, then the person and the reason.
    const why = button(dana, 'Why?');
    expect(why?.getAttribute('aria-expanded')).toBe('false');
    expect(dana.textContent).not.toContain('Tell Dana you are still interested');
    await click(why);
    expect(why?.getAttribute('aria-expanded')).toBe('true');
    expect(dana.textContent).toContain('Chief Marketing Officer · Acme Corp');
    expect(dana.textContent).toContain('Tell Dana you are still interested');
    await until(() => performance.getEntriesByName('loopkeeper:list-drawn').length > 0, 'the mark');
  });

  it('snoozes a reminder for a week and undoes it', async () => {
    await seedJobSearch(today);
    render(<App />, root);
    const row = await until(() => item('Lee Park', 'Follow-up after a no'));
    await more(row, 'Snooze a week');
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
    await more(row, 'Mark sent: LinkedIn');
    await until(() => root.textContent?.includes('Logged: LinkedIn to Dana Hill'), 'the toast');
    const touches = await db.touches.where('personId').equals(dana.id).toArray();
    expect(touches.map((touch) => [touch.channel, touch.on])).toEqual([['linkedin', today]]);
    expect(badge.text).toBe('4');
  });

  it('completes a task with Done, links the review, and dismisses', async () => {
    await seedJobSearch(today);
    render(<App />, root);
    const review = await until(() => item('Acme Corp — VP Marketing', 'Review the process'));
    expect(button(review, 'Write')).toBeUndefined();
    await click(review.querySelector<HTMLElement>('.menu-end > button') ?? undefined);
    const link = [...review.querySelectorAll('a')].find((a) => a.textContent === 'Open the review');
    expect(link?.getAttribute('href')).toMatch(/^\/src\/dashboard\/index\.html#\/loops\/[\w-]+$/);
    await click(button(review, 'Done'));
    await until(() => !item('Acme Corp — VP Marketing', 'Review the process'), 'the review gone');
    expect((await db.reminders.filter((r) => r.kind === 'process-review').first())?.status).toBe('done');
    const questions = await until(() => item('Globex', 'Prepare your questions'));
    await more(questions, 'Dismiss');
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

  it("groups by loop, and marks all of a group's messages sent in one go with one Undo", async () => {
    await seedJobSearch(today);
    render(<App />, root);
    const dana = await until(() => item('Dana Hill', 'Follow-up after a no'));
    const group = dana.closest<HTMLElement>('.group');
    if (!group) throw new Error('no group');
    // Dana's and Lee's follow-ups sit together under their loop, Globex's task under its own.
    expect(group.querySelectorAll('li.reminder')).toHaveLength(2);
    expect(item('Lee Park', 'Follow-up after a no')?.closest('.group')).toBe(group);
    expect(item('Globex', 'Prepare your questions')?.closest('.group')).not.toBe(group);
    const all = button(group, 'Mark all sent');
    expect(all?.getAttribute('aria-label')).toBe('Mark all sent: 2 messages to Acme Corp — VP Marketing');
    await click(all);
    await until(
      () => root.textContent?.includes('Marked 2 messages sent: Acme Corp — VP Marketing.'),
      'toast',
    );
    expect(item('Dana Hill', 'Follow-up after a no')).toBeUndefined();
    const touches = await db.touches.toArray();
    expect(touches.map((touch) => touch.channel)).toEqual(['email', 'email']);
    expect(badge.text).toBe('3');
    await click(button(root, 'Undo'));
    await until(() => item('Lee Park', 'Follow-up after a no'), 'the follow-ups back');
    expect(await db.touches.count()).toBe(0);
    const followUps = await db.reminders.filter((r) => r.kind === 'rejection-follow-up').toArray();
    expect(followUps.map((r) => r.status)).toEqual(['open', 'open']);
    expect(badge.text).toBe('5');
  });

  it("puts today's thank-you first, above the overdue ones", async () => {
    await seedJobSearch(today);
    await seedInterviewToday(today);
    render(<App />, root);
    await until(() => item('Robin Diaz', 'Thank-you'), 'the thank-you');
    const first = root.querySelector<HTMLElement>('li.reminder');
    expect(first?.textContent).toContain('Robin Diaz');
    const headings = [...root.querySelectorAll('h2')].map((h) => h.textContent?.replace(/\d+$/, ''));
    expect(headings.slice(0, 2)).toEqual(['Due today', 'Overdue']);
  });

  it('moves with j and k, writes with Enter, marks done with d and snoozes a day with s', async () => {
    await seedJobSearch(today);
    render(<App />, root);
    await until(() => root.querySelector('.section-upcoming'), 'the whole list');
    const rows = () => [...root.querySelectorAll<HTMLElement>('li.reminder')];
    const press = (key: string, target: EventTarget = document.activeElement ?? document.body) =>
      act(() => {
        target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      });
    await press('j');
    expect(document.activeElement).toBe(rows()[0]);
    await press('j');
    await press('j');
    await press('k');
    expect(document.activeElement).toBe(rows()[1]);
    // Keys typed into a field are text.
    const field = document.createElement('input');
    root.append(field);
    field.focus();
    await press('j', field);
    expect(document.activeElement).toBe(field);
    field.remove();
    // d: done, and the focus moves to the row that took its place.
    rows()[1]?.focus();
    const gone = rows()[1]?.dataset.id;
    await press('d');
    await until(() => root.textContent?.includes('Undo'), 'the toast');
    expect((await db.reminders.get(gone ?? ''))?.status).toBe('done');
    await until(() => document.activeElement === rows()[1], 'the focus on the next row');
    // s: snoozed a day.
    const snoozed = rows()[1]?.dataset.id;
    await press('s');
    await until(() => root.textContent?.includes('Snoozed until'), 'the snooze toast');
    const after = await db.reminders.get(snoozed ?? '');
    expect([after?.status, after?.showOn]).toEqual(['snoozed', addDays(today, 1)]);
    // Enter on a message row opens the composer; keys are off there.
    const dana = await until(() => item('Dana Hill', 'Follow-up after a no'));
    dana.focus();
    await press('Enter');
    await until(() => root.querySelector('.composer'), 'the composer');
    await press('j', document.body);
    expect(root.querySelector('li.reminder')).toBeNull();
  });

  it('opens the composer for the reminder a ?write= link names', async () => {
    const { lee } = await seedJobSearch(today);
    const followUp = await db.reminders
      .filter((r) => r.personId === lee.id && r.kind === 'rejection-follow-up')
      .first();
    render(<App writeId={followUp?.id ?? ''} />, root);
    const heading = await until(() => root.querySelector('.composer h1'), 'the composer');
    expect(heading.textContent).toContain('Lee Park');
  });

  it('opens the composer for a reminder beyond the list, and says so when it is no longer open', async () => {
    const { dana } = await seedJobSearch(today);
    const later = await db.reminders
      .filter((r) => r.personId === dana.id && r.showOn > addDays(today, 14))
      .first();
    if (!later) throw new Error('no later reminder');
    render(<App writeId={later.id} />, root);
    await until(() => root.querySelector('.composer h1')?.textContent?.includes('Dana Hill'), 'the composer');
    render(null, root);
    render(<App writeId="no-such-reminder" />, root);
    await until(() => root.textContent?.includes('That reminder is no longer open.'), 'the message');
  });

  it('offers New loop and Save this page when nothing is due, and says why a page cannot be saved', async () => {
    render(<App />, root);
    await until(() => root.textContent?.includes('Save your first interviewer'), 'the empty popup');
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent === 'New loop');
    expect(link?.getAttribute('href')).toBe('/src/dashboard/index.html#/loops/new');
    expect(link?.getAttribute('target')).toBe('_blank');
    const save = button(root, 'Save this page');
    expect(save?.getAttribute('aria-disabled')).toBe('true');
    const why = document.getElementById(save?.getAttribute('aria-describedby') ?? '');
    expect(why?.textContent).toContain('This tab shows no profile, team page or company page to save');
  });
});
