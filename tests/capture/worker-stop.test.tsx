/**
 * The capture panel when the browser stops the service worker in the middle of a save: the answer is
 * lost (Chromium's "message channel closed before a response was received"), the save either landed
 * whole or not at all, the panel asks the worker which, and says it in plain words; Save again never
 * doubles a loop or a person. The worker's real handlers run over a fresh database.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptureExtraction } from '../../src/messages';

vi.mock('webextension-polyfill', async () => (await import('./fake-browser')).fakeBrowserModule);
const { resetFakeBrowser } = await import('./fake-browser');
const { captureHandlers } = await import('../../src/background/capture-handlers');
const { App } = await import('../../src/capture/App');
const { readSnapshot } = await import('../../src/db/backup/snapshot');
const { faultyDatabase, quotaExceeded } = await import('../helpers/faults');

const DANA: CaptureExtraction = {
  pageUrl: 'https://www.linkedin.com/in/dana-hill/',
  via: 'button',
  subject: { name: 'Dana Hill', title: 'VP Marketing', company: 'Acme Corp' },
  people: [],
  company: null,
};
const CLOSED =
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

/** How the next capture-save goes: answered; stopped after it landed; stopped before; stopped and unreachable. */
let mode: 'answer' | 'stop-after' | 'stop-before' | 'unreachable' = 'answer';
const worker = captureHandlers as unknown as Record<string, (payload: unknown, sender: unknown) => unknown>;
const scope = globalThis as unknown as { chrome: { runtime?: unknown } };
scope.chrome.runtime = {
  async sendMessage({ type, payload }: { type: string; payload: unknown }) {
    if (type === 'capture-save' && mode !== 'answer') {
      if (mode === 'stop-after') await worker[type]?.(payload, { tab: { id: 3 } });
      throw new Error(CLOSED);
    }
    if (type === 'capture-save-status' && mode === 'unreachable')
      throw new Error('Could not establish connection. Receiving end does not exist.');
    try {
      return { ok: true, reply: await worker[type]?.(payload, { tab: { id: 3 } }) };
    } catch (error) {
      const { failureText } = await import('../../src/i18n/failure');
      return { ok: false, error: failureText(error) };
    }
  },
};

let root: HTMLElement;
const settle = async (done: () => boolean) => {
  for (let i = 0; i < 500 && !done(); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
};
const alertText = () => root.querySelector('[role=alert]')?.textContent ?? '';
const counts = async () => {
  const data = await readSnapshot();
  return { loops: data.loops.length, people: data.people.length, companies: data.companies.length };
};

async function openPanel(): Promise<void> {
  const { token } = await captureHandlers['capture-start'](DANA, { tab: { id: 3 } } as never);
  location.hash = `#${token}`;
  await act(() => render(<App />, root));
  await settle(() => Boolean(root.querySelector('form')));
  const role = root.querySelector<HTMLInputElement>('input[placeholder]');
  if (role) {
    role.value = 'Head of Growth';
    await act(() => {
      role.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
}

async function pressSave(): Promise<void> {
  const before = alertText();
  await act(() => root.querySelector('form')?.requestSubmit());
  await settle(() => Boolean(root.querySelector('.saved')) || (alertText() !== '' && alertText() !== before));
  await settle(() => !root.querySelector<HTMLButtonElement>('button[type=submit]')?.disabled);
}

let faults: Awaited<ReturnType<typeof faultyDatabase>>['faults'];
beforeEach(async () => {
  resetFakeBrowser();
  mode = 'answer';
  ({ faults } = await faultyDatabase());
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the capture panel when the worker stops mid-save', () => {
  it('stopped after the save landed: asks, says Saved, and nothing is doubled', async () => {
    await openPanel();
    mode = 'stop-after';
    await pressSave();
    expect(root.textContent).toContain('Saved Dana Hill to Acme Corp — Head of Growth');
    expect(root.textContent).not.toContain('message channel');
    expect(await counts()).toEqual({ loops: 1, people: 1, companies: 1 });
  });

  it('stopped before it landed: says Not saved in words, and Save again saves once', async () => {
    await openPanel();
    mode = 'stop-before';
    await pressSave();
    expect(alertText()).toContain('Not saved: the browser stopped Loopkeeper’s background service');
    expect(alertText()).not.toContain('message channel');
    expect(await counts()).toEqual({ loops: 0, people: 0, companies: 0 });
    mode = 'answer';
    await pressSave();
    expect(root.textContent).toContain('Saved Dana Hill');
    expect(await counts()).toEqual({ loops: 1, people: 1, companies: 1 });
  });

  it('the worker cannot be asked: says so, and Save again after a landed save never doubles', async () => {
    await openPanel();
    mode = 'unreachable';
    // The save lands, then neither the answer nor the question gets through.
    const send = scope.chrome.runtime as { sendMessage: (m: { type: string; payload: unknown }) => unknown };
    const original = send.sendMessage;
    send.sendMessage = async (message) => {
      if (message.type === 'capture-save') {
        await worker['capture-save']?.(message.payload, { tab: { id: 3 } });
        throw new Error(CLOSED);
      }
      return original(message);
    };
    await pressSave();
    send.sendMessage = original;
    expect(alertText()).toContain('could not yet say whether your save was stored');
    mode = 'answer';
    await pressSave();
    expect(root.textContent).toContain('Saved Dana Hill');
    expect(await counts()).toEqual({ loops: 1, people: 1, companies: 1 });
  });

  it('a full disk: says what happened and what to do, and nothing is stored', async () => {
    await openPanel();
    faults.arm(3, quotaExceeded);
    await pressSave();
    expect(alertText()).toContain('Not saved: the disk is full');
    expect(alertText()).toContain('back up your data');
    expect(await counts()).toEqual({ loops: 0, people: 0, companies: 0 });
  });
});
