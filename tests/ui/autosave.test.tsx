import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS } from '../../src/ui/autosave';
import { NotesEditor } from '../../src/ui/components/NotesEditor';

// A record of its own per test: the hook remembers, for the page's life, what it wrote to each.
let KEY = '';
let COPY = '';
let records = 0;

let root: HTMLElement;
let save: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;

function show(value: string, storedAt = 1000) {
  act(() => {
    render(
      <NotesEditor label="Loop notes" value={value} save={save} storageKey={KEY} storedAt={storedAt} />,
      root,
    );
  });
}
const box = () => root.querySelector('textarea') as HTMLTextAreaElement;
const status = () => root.querySelector('[role="status"]')?.textContent ?? '';
function type(text: string) {
  act(() => {
    box().value = text;
    box().dispatchEvent(new Event('input', { bubbles: true }));
  });
}
/** Lets the pending save's promise settle and Preact draw what follows. */
async function settle() {
  await act(async () => {
    await Promise.resolve();
    await Promise.resolve();
    await Promise.resolve();
  });
}
async function wait(ms: number) {
  await act(async () => {
    vi.advanceTimersByTime(ms);
  });
  await settle();
}

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
  records += 1;
  KEY = `loop:l${records}:notes`;
  COPY = `loopkeeper.autosave:${KEY}`;
  save = vi.fn(async () => {});
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
  vi.useRealTimers();
});

describe('useAutosave through NotesEditor', () => {
  it('writes once, the latest text, half a second after the last keystroke, then says Saved', async () => {
    show('');
    type('A');
    await wait(300);
    type('Ac');
    await wait(300);
    type('Acme');
    await wait(AUTOSAVE_DELAY_MS - 1);
    expect(save).not.toHaveBeenCalled();
    expect(status()).toBe('');
    await wait(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('Acme');
    expect(status()).toBe('Saved');
    expect(root.querySelector('[role="status"]')?.getAttribute('aria-live')).toBe('polite');
  });

  it('shows Saving… while the write is under way', async () => {
    let finish = () => {};
    save.mockImplementation(() => new Promise<void>((resolve) => (finish = resolve)));
    show('');
    type('Draft');
    await wait(AUTOSAVE_DELAY_MS);
    expect(status()).toBe('Saving…');
    finish();
    await settle();
    expect(status()).toBe('Saved');
  });

  it('writes at once on blur', async () => {
    show('');
    type('Call the CFO');
    act(() => {
      box().dispatchEvent(new FocusEvent('blur'));
    });
    await settle();
    expect(save).toHaveBeenCalledWith('Call the CFO');
  });

  it('writes what is pending when it unmounts (leaving the route)', () => {
    show('');
    type('Left mid-sentence');
    act(() => render(null, root));
    expect(save).toHaveBeenCalledWith('Left mid-sentence');
  });

  it('writes what is pending on pagehide and when the page is hidden (closing the tab)', async () => {
    show('');
    type('Before closing');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await settle();
    expect(save).toHaveBeenLastCalledWith('Before closing');
    type('Before hiding');
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    hidden.mockRestore();
    await settle();
    expect(save).toHaveBeenLastCalledWith('Before hiding');
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('typing during a write queues one more write of the newest text', async () => {
    let finish = () => {};
    save.mockImplementation(() => new Promise<void>((resolve) => (finish = resolve)));
    show('');
    type('One');
    await wait(AUTOSAVE_DELAY_MS);
    type('One two');
    await wait(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(1);
    finish();
    await settle();
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith('One two');
  });

  it('a failed write says why in plain words, keeps the text and the copy, and Retry saves it', async () => {
    save.mockRejectedValueOnce(new Error('The text is longer than 20000 characters.'));
    show('');
    type('Too much');
    await wait(AUTOSAVE_DELAY_MS);
    expect(status()).toBe('Not saved: The text is longer than 20000 characters. Your text is still here.');
    expect(box().value).toBe('Too much');
    expect(localStorage.getItem(COPY)).toContain('Too much');
    const retry = root.querySelector('button') as HTMLButtonElement;
    expect(retry.textContent).toBe('Try again to save: Loop notes');
    act(() => retry.click());
    await settle();
    expect(save).toHaveBeenCalledTimes(2);
    expect(status()).toBe('Saved');
    expect(localStorage.getItem(COPY)).toBeNull();
  });

  it('a full disk is said as such, also as the cause of an aborted transaction', async () => {
    const aborted = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: new DOMException('quota', 'QuotaExceededError'),
    });
    save.mockRejectedValueOnce(aborted);
    show('');
    type('Anything');
    await wait(AUTOSAVE_DELAY_MS);
    expect(status()).toMatch(/^Not saved: the browser has no room left/);
    expect(box().value).toBe('Anything');
  });
});

describe('the write-ahead copy', () => {
  it('is kept from the keystroke until the write lands, then dropped', async () => {
    show('');
    type('Typed');
    expect(JSON.parse(localStorage.getItem(COPY) ?? '{}')).toMatchObject({ text: 'Typed', base: '' });
    await wait(AUTOSAVE_DELAY_MS);
    expect(localStorage.getItem(COPY)).toBeNull();
  });

  it('is applied on the next load when the write never happened, and written at once', async () => {
    vi.setSystemTime(5000);
    show('');
    type('Typed before the crash');
    // The page died before the debounce: no unmount, no write. A new page starts from the database.
    root.remove();
    root = document.createElement('div');
    document.body.append(root);
    show('', 1000);
    expect(box().value).toBe('Typed before the crash');
    await settle();
    expect(save).toHaveBeenCalledWith('Typed before the crash');
  });

  it('loses to a record written later elsewhere with another text; wins when the field is unchanged', () => {
    localStorage.setItem(COPY, JSON.stringify({ text: 'Old typing', at: 2000, base: 'v1' }));
    show('v2 from another tab', 3000);
    expect(box().value).toBe('v2 from another tab');
    expect(localStorage.getItem(COPY)).toBeNull();
    act(() => render(null, root));

    localStorage.setItem(COPY, JSON.stringify({ text: 'Typing on v1', at: 2000, base: 'v1' }));
    show('v1', 9000); // another field of the record was written later: this one is still v1
    expect(box().value).toBe('Typing on v1');
  });

  it('ignores a copy it cannot read', () => {
    localStorage.setItem(COPY, '{broken');
    show('Stored');
    expect(box().value).toBe('Stored');
  });
});

describe('a field mounted again from data read before its write', () => {
  it('shows what this page wrote, without writing it again; data that moved on wins', async () => {
    show('Old');
    type('Written here');
    await wait(AUTOSAVE_DELAY_MS);
    act(() => render(null, root));
    show('Old'); // a dialog reopened with the row it was first given
    expect(box().value).toBe('Written here');
    await wait(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(1);
    act(() => render(null, root));
    show('Changed in another tab');
    expect(box().value).toBe('Changed in another tab');
  });
});

describe('a stored value that changes under the field', () => {
  it('is followed when nothing is pending, and does not replace unsaved typing', async () => {
    show('First');
    show('Changed elsewhere');
    expect(box().value).toBe('Changed elsewhere');
    type('Mine');
    show('Changed again');
    expect(box().value).toBe('Mine');
    await wait(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenLastCalledWith('Mine');
  });
});
