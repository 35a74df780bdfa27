/**
 * The worker's capture plumbing with the browser faked: pending captures in storage.session, the
 * context-menu listener, the injection (and its fallback to a tab), and the "already saved" note.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const session = new Map<string, unknown>();
const fake = vi.hoisted(() => ({
  executeScript: vi.fn(),
  createTab: vi.fn(),
  createMenu: vi.fn(),
  removeAll: vi.fn(async () => undefined),
}));

vi.mock('webextension-polyfill', async () => ({
  default: {
    storage: { session: (await import('../capture/fake-browser')).fakeSessionStorage(session) },
    scripting: { executeScript: fake.executeScript },
    tabs: { create: fake.createTab },
    runtime: { getURL: (path: string) => `chrome-extension://abc/${path}` },
    contextMenus: { create: fake.createMenu, removeAll: fake.removeAll },
  },
}));
vi.mock('../../src/background/capture-script', () => ({ CAPTURE_SCRIPT: 'src/content/content-script.js' }));

const { putPending, takePending, PENDING_LIFETIME_MS } = await import('../../src/background/capture-pending');
const { startCaptureInTab, hintOnly, peekTab, GRANT_SETTLE_MS } = await import(
  '../../src/background/capture'
);
const { createContextMenus, onMenuClick, onCommand, ADD_INTERVIEWER } = await import(
  '../../src/background/context-menu'
);
const { noteFor, monthOf } = await import('../../src/background/capture-note');
const { freshDatabase } = await import('../helpers/db');
const { findOrCreateCompany } = await import('../../src/db/companies');
const { createLoop } = await import('../../src/db/loops');
const { createPerson } = await import('../../src/db/people');
const { addParticipant } = await import('../../src/db/participations');

const extraction = {
  pageUrl: 'https://x.test/',
  via: 'page' as const,
  subject: null,
  people: [],
  company: null,
};

beforeEach(() => {
  session.clear();
  vi.clearAllMocks();
});

describe('pending captures', () => {
  it('are taken once, by the right kind of frame, and not after they expire', async () => {
    const token = await putPending({ kind: 'panel', tabId: 4, extraction }, 1000);
    expect(await takePending(token, 'note', 1001)).toBeNull();
    expect(await takePending(token, 'panel', 1001)).toMatchObject({ tabId: 4, extraction });
    expect(await takePending(token, 'panel', 1002)).toBeNull();

    const old = await putPending({ kind: 'note', tabId: 4, personId: 'p1' }, 1000);
    expect(await takePending(old, 'note', 1000 + PENDING_LIFETIME_MS + 1)).toBeNull();
  });

  it('sweep away stale entries when a new one is kept', async () => {
    await putPending({ kind: 'note', tabId: 1, personId: 'p1' }, 0);
    await putPending({ kind: 'note', tabId: 1, personId: 'p2' }, PENDING_LIFETIME_MS + 10);
    expect(session.size).toBe(1);
  });
});

describe('the context menu', () => {
  it('is one "Add interviewer" item on web pages, links and selections', async () => {
    await createContextMenus();
    expect(fake.removeAll).toHaveBeenCalled();
    expect(fake.createMenu).toHaveBeenCalledWith({
      id: ADD_INTERVIEWER,
      title: 'Add interviewer',
      contexts: ['page', 'link', 'selection'],
      documentUrlPatterns: ['https://*/*', 'http://*/*'],
    });
  });

  it('injects the content script into the clicked tab’s top frame and starts it with what was clicked', async () => {
    fake.executeScript.mockResolvedValue([{ result: true }]);
    await onMenuClick(
      {
        menuItemId: ADD_INTERVIEWER,
        linkUrl: 'https://www.linkedin.com/in/dana',
        editable: false,
        modifiers: [],
        frameId: 0,
      },
      {
        id: 7,
        url: 'https://news.test/',
        index: 0,
        highlighted: true,
        active: true,
        pinned: false,
        incognito: false,
      },
    );
    expect(fake.executeScript).toHaveBeenNthCalledWith(1, {
      target: { tabId: 7, frameIds: [0] },
      files: ['src/content/content-script.js'],
    });
    expect(fake.executeScript.mock.calls[1]?.[0]).toMatchObject({
      target: { tabId: 7, frameIds: [0] },
      args: [{ via: 'link', linkUrl: 'https://www.linkedin.com/in/dana' }],
    });
    expect(fake.createTab).not.toHaveBeenCalled();
  });

  it('ignores other items and clicks without a tab', async () => {
    await onMenuClick({ menuItemId: 'other', editable: false, modifiers: [] }, { id: 1 } as never);
    await onMenuClick({ menuItemId: ADD_INTERVIEWER, editable: false, modifiers: [] }, undefined);
    await onCommand('something-else', { id: 1 } as never);
    expect(fake.executeScript).not.toHaveBeenCalled();
  });

  it('opens the panel in a tab of its own where the page refuses scripts, with the selected name', async () => {
    fake.executeScript.mockRejectedValue(new Error('Cannot access contents of the page'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const opened = await startCaptureInTab(
      3,
      { via: 'selection', selectionText: '  Dana \n Hill ' },
      'https://pdf.test/a.pdf',
    );
    expect(opened).toBe(false);
    expect(fake.executeScript).toHaveBeenCalledTimes(2); // refused twice, a pause apart
    const url = fake.createTab.mock.calls[0]?.[0].url as string;
    expect(url).toMatch(/^chrome-extension:\/\/abc\/src\/capture\/tab\.html#[0-9a-f-]{36}$/);
    const token = url.split('#')[1] ?? '';
    expect((await takePending(token, 'panel'))?.extraction).toEqual(
      hintOnly({ via: 'selection', selectionText: 'Dana Hill' }, 'https://pdf.test/a.pdf'),
    );
  });

  it("tries once more when the page refuses the script before the click's grant has reached it", async () => {
    fake.executeScript
      .mockRejectedValueOnce(new Error('Cannot access contents of the page'))
      .mockResolvedValue([{ result: true }]);
    const started = Date.now();
    const opened = await startCaptureInTab(3, { via: 'link', linkUrl: 'https://www.linkedin.com/in/dana' });
    expect(opened).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(GRANT_SETTLE_MS - 5);
    expect(fake.executeScript).toHaveBeenCalledTimes(3); // refused; then the script and the start
    expect(fake.createTab).not.toHaveBeenCalled();
  });

  it('peeks for the popup, once more after a refusal, and offers nothing where the page stays closed', async () => {
    const person = { kind: 'person', name: 'Dana Hill' };
    fake.executeScript
      .mockRejectedValueOnce(new Error('Cannot access contents of the page'))
      .mockResolvedValue([{ result: person }]);
    expect(await peekTab(4)).toEqual(person);
    fake.executeScript.mockReset().mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    expect(await peekTab(4)).toEqual({ kind: 'none' });
    expect(fake.executeScript).toHaveBeenCalledTimes(2);
  });

  it('the shortcut starts the panel for the whole page', async () => {
    fake.executeScript.mockResolvedValue([{ result: true }]);
    await onCommand('add-person', { id: 9 } as never);
    expect(fake.executeScript.mock.calls[1]?.[0]).toMatchObject({ args: [{ via: 'page' }] });
  });
});

describe('the "already saved" note', () => {
  it('says where and when you met, or that the person is saved', async () => {
    await freshDatabase();
    const company = await findOrCreateCompany({ name: 'Acme Corp' });
    const loop = await createLoop({ companyId: company.id, role: 'VP Marketing' });
    const dana = await createPerson({ name: 'Dana Hill' });
    expect(await noteFor(dana.id, 'en')).toBe('Dana Hill is saved in Loopkeeper');
    await addParticipant({ loopId: loop.id, personId: dana.id, met: ['2026-03-10'] });
    expect(await noteFor(dana.id, 'en')).toBe('Met in the Acme Corp loop (VP Marketing), March 2026');
    expect(monthOf('2026-12-31', 'en')).toBe('December 2026');
  });
});
