/**
 * The capture panel from "When did you meet?" to what follows the save: the request it sends for each
 * answer, what the confirmation says, Write thank-you now and Undo. The panel's messages go to the
 * worker's real handlers over a fresh database; only the browser's storage and tabs are faked.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptureExtraction } from '../../src/messages';

vi.mock('webextension-polyfill', async () => (await import('./fake-browser')).fakeBrowserModule);
const { createTab, resetFakeBrowser } = await import('./fake-browser');
const { captureHandlers } = await import('../../src/background/capture-handlers');
const { App } = await import('../../src/capture/App');
const { freshDatabase } = await import('../helpers/db');
const { readSnapshot } = await import('../../src/db/backup/snapshot');
const { findOrCreateCompany } = await import('../../src/db/companies');
const { changeLoopStatus, createLoop } = await import('../../src/db/loops');
const { addDays } = await import('../../src/domain/dates');
const { localDate } = await import('../../src/domain/today');

const DANA: CaptureExtraction = {
  pageUrl: 'https://www.linkedin.com/in/dana-hill/',
  via: 'button',
  subject: { name: 'Dana Hill', title: 'VP Marketing', company: 'Acme Corp' },
  people: [],
  company: null,
};

const sent: { type: string; payload: unknown }[] = [];
const worker = captureHandlers as unknown as Record<string, (payload: unknown, sender: unknown) => unknown>;
const scope = globalThis as unknown as { chrome: { runtime?: unknown } };
scope.chrome.runtime = {
  async sendMessage({ type, payload }: { type: string; payload: unknown }) {
    sent.push({ type, payload });
    if (type === 'capture-close') return { ok: true, reply: { ok: true } };
    try {
      return { ok: true, reply: await worker[type]?.(payload, { tab: { id: 3 } }) };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  },
};

let root: HTMLElement;
/** Lets the panel's round trips to the worker finish: until `done` holds (at most 5 s). */
const settle = async (done: () => boolean) => {
  for (let i = 0; i < 500 && !done(); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
};
const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) ?? null;
const radio = (name: string) =>
  [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')].find(
    (input) => input.closest('label')?.textContent?.trim() === name,
  ) ?? null;
const lastSave = () => sent.filter((m) => m.type === 'capture-save').at(-1)?.payload as { met: string[] };

/** The panel on Dana's profile, with the pending capture put there by the worker as the content script would. */
async function openPanel(): Promise<void> {
  const { token } = await captureHandlers['capture-start'](DANA, { tab: { id: 3 } } as never);
  location.hash = `#${token}`;
  await act(() => render(<App />, root));
  await settle(() => Boolean(root.querySelector('form')));
}

async function submit(role = 'Head of Growth'): Promise<void> {
  const roleField = root.querySelector<HTMLInputElement>('input[placeholder]');
  if (roleField?.value === '') {
    roleField.value = role;
    await act(() => {
      roleField.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
  await act(() => root.querySelector('form')?.requestSubmit());
  await settle(() => Boolean(root.querySelector('.saved, [role=alert]')));
}

beforeEach(async () => {
  resetFakeBrowser();
  sent.length = 0;
  await freshDatabase();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the capture panel, when you met and after saving', () => {
  it('answers Today unless told otherwise: the save carries today, and the thank-you can be written now', async () => {
    await openPanel();
    expect(radio('Today')?.checked).toBe(true);
    expect(root.textContent).toContain('A thank-you to Dana will be planned for the day you met.');
    await submit();
    expect(lastSave().met).toEqual([localDate()]);
    const [reminder] = (await readSnapshot()).reminders.filter((r) => r.kind === 'thank-you');
    expect(root.textContent).toContain('Saved Dana Hill to Acme Corp — Head of Growth');
    await act(async () => button('Write thank-you now')?.click());
    await settle(() => createTab.mock.calls.length > 0);
    expect(sent.at(-1)).toEqual({ type: 'capture-write', payload: { reminderId: reminder?.id } });
    expect(createTab).toHaveBeenCalledWith({ url: expect.stringContaining(`write=${reminder?.id}`) });
  });

  it('Not yet: the save carries no meeting, the confirmation says no thank-you is planned, nothing to write', async () => {
    await openPanel();
    await act(async () => radio('Not yet')?.click());
    await submit();
    expect(lastSave().met).toEqual([]);
    expect(root.textContent).toContain('You have not met yet, so no thank-you is planned.');
    expect(button('Write thank-you now')).toBeNull();
    expect(button('Undo')).not.toBeNull();
  });

  it('Earlier…: asks for a date, not in the future, before saving, then carries it', async () => {
    await openPanel();
    await act(async () => radio('Earlier…')?.click());
    await submit();
    expect(lastSave()).toBeUndefined();
    expect(root.querySelector('[role=alert]')?.textContent).toMatch(/Choose the date you met/);
    const date = root.querySelector<HTMLInputElement>('input[type=date]');
    if (date) date.value = addDays(localDate(), 1);
    await act(() => {
      date?.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await submit();
    expect(lastSave()).toBeUndefined();
    expect(root.querySelector('[role=alert]')?.textContent).toBe('The date you met cannot be in the future.');
    const earlier = addDays(localDate(), -2);
    if (date) date.value = earlier;
    await act(() => {
      date?.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await submit();
    expect(lastSave().met).toEqual([earlier]);
  });

  it('offers a loop at the offer stage, not a rejected one', async () => {
    const acme = await findOrCreateCompany({ name: 'Acme Corp' });
    const offer = await createLoop({ companyId: acme.id, role: 'CFO', status: 'final-round' });
    await changeLoopStatus(offer.id, { status: 'offer', on: localDate() });
    const closed = await createLoop({ companyId: acme.id, role: 'CEO' });
    await changeLoopStatus(closed.id, { status: 'rejected', on: localDate() });
    await openPanel();
    const options = [...root.querySelectorAll('select option')].map((o) => o.textContent);
    expect(options).toContain('Acme Corp — CFO');
    expect(options).not.toContain('Acme Corp — CEO');
    await submit();
    expect(root.textContent).toContain('Saved Dana Hill to Acme Corp — CFO');
  });

  it('Undo takes the save back and says so', async () => {
    await openPanel();
    await submit();
    expect((await readSnapshot()).people).toHaveLength(1);
    await act(async () => button('Undo')?.click());
    await settle(() => Boolean(root.textContent?.includes('Undone')));
    expect(root.textContent).toContain('Undone: nothing from this save is kept.');
    const after = await readSnapshot();
    expect([after.people, after.loops, after.companies, after.reminders]).toEqual([[], [], [], []]);
    expect(button('Undo')).toBeNull();
  });
});
