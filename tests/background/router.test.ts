import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers, senderKind } from '../../src/background/router';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

// Only the two messages these tests send; the rest of the catalogue is not called here.
function handlers(): Handlers {
  return {
    'data-changed': vi.fn(async () => ({ badge: 3 })),
    'settings-changed': vi.fn(async () => ({ ok: true as const })),
  } as Partial<Handlers> as Handlers;
}

describe('senderKind', () => {
  it('knows our pages, our top-frame content script, and nothing else', () => {
    expect(senderKind({ id: ID, url: `${ORIGIN}src/popup/index.html` }, ID, ORIGIN)).toBe('extension');
    expect(
      senderKind(
        { id: ID, url: 'https://www.linkedin.com/in/x', tab: { id: 1 } as never, frameId: 0 },
        ID,
        ORIGIN,
      ),
    ).toBe('content');
    expect(
      senderKind(
        { id: ID, url: 'https://ads.example/frame', tab: { id: 1 } as never, frameId: 4 },
        ID,
        ORIGIN,
      ),
    ).toBeNull();
    expect(senderKind({ id: 'another-extension', url: `${ORIGIN}x` }, ID, ORIGIN)).toBeNull();
  });
});

describe('the router', () => {
  it('answers a valid message from one of our pages', async () => {
    const route = createRouter(handlers(), ID, ORIGIN);
    const result = await route(
      { type: 'data-changed', payload: {} },
      { id: ID, url: `${ORIGIN}src/popup/index.html` },
    );
    expect(result).toEqual({ ok: true, reply: { badge: 3 } });
  });

  it('refuses strangers, unknown types, the wrong sender kind and malformed payloads without calling a handler', async () => {
    const h = handlers();
    const route = createRouter(h, ID, ORIGIN);
    const page = { id: ID, url: `${ORIGIN}src/popup/index.html` };
    const content = { id: ID, url: 'https://github.com/x', tab: { id: 1 } as never, frameId: 0 };
    expect(await route({ type: 'data-changed', payload: {} }, { id: 'evil' })).toMatchObject({ ok: false });
    expect(await route({ type: '__proto__', payload: {} }, page)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/unknown/),
    });
    expect(await route({ type: 'data-changed', payload: {} }, content)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/content/),
    });
    expect(await route({ type: 'data-changed', payload: 'x' }, page)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/malformed/),
    });
    expect(await route(null, page)).toMatchObject({ ok: false });
    expect(h['data-changed']).not.toHaveBeenCalled();
  });

  it('turns a handler error into a message in words', async () => {
    const h = handlers();
    h['data-changed'] = async () => {
      throw new Error('The disk is full.');
    };
    const route = createRouter(h, ID, ORIGIN);
    expect(await route({ type: 'data-changed', payload: {} }, { id: ID, url: `${ORIGIN}x` })).toEqual({
      ok: false,
      error: 'The disk is full.',
    });
  });
});
