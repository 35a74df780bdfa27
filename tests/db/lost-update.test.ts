/**
 * Two windows writing the same person at once lose nothing: each write reads its record inside its
 * own transaction (src/db/transaction.ts), so the second one builds on the first. Before, the composer
 * read the person, awaited, then wrote the whole list of addresses back — an address (or an edit)
 * saved meanwhile in another window was overwritten.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => (await import('../capture/fake-browser')).fakeBrowserModule);
const { composerHandlers } = await import('../../src/background/composer-handlers');
const { dashboardDraftSource } = await import('../../src/dashboard/draft-source');
const { addToLoop } = await import('../../src/dashboard/views/people/add-to-loop');
const { findOrCreateCompany } = await import('../../src/db/companies');
const { createLoop } = await import('../../src/db/loops');
const { createPerson, getPerson, updatePerson } = await import('../../src/db/people');
const { freshDatabase } = await import('../helpers/db');

const sender = { tab: { id: 1 } } as never;
beforeEach(async () => {
  await freshDatabase();
  (globalThis as unknown as { chrome: { runtime?: unknown } }).chrome.runtime = {
    sendMessage: async () => ({ ok: true, reply: { badge: 0 } }),
  };
});

describe('no lost update between windows', () => {
  it('the popup’s composer and the dashboard add an address to the same person at once: both are kept', async () => {
    const lee = await createPerson({ name: 'Lee Park', emails: ['lee@old.test'] });
    await Promise.all([
      composerHandlers['composer-add-email']({ personId: lee.id, email: 'lee@popup.test' }, sender),
      dashboardDraftSource.addEmail(lee.id, 'lee@dashboard.test'),
      updatePerson(lee.id, { headline: 'CFO' }),
    ]);
    const saved = await getPerson(lee.id);
    expect([...saved.emails].sort()).toEqual(['lee@dashboard.test', 'lee@old.test', 'lee@popup.test']);
    expect(saved.headline).toBe('CFO');
  });

  it('Add person fills what the person lacks from the record as it is in the transaction', async () => {
    const acme = await findOrCreateCompany({ name: 'Acme' });
    const loop = await createLoop({ companyId: acme.id, role: 'CTO', status: 'interviewing' });
    const dana = await createPerson({ name: 'Dana Hill' });
    // The dialog was opened on Dana without an address; another window gives her one meanwhile.
    await Promise.all([
      updatePerson(dana.id, { emails: ['dana@elsewhere.test'], headline: 'VP' }),
      addToLoop({
        loopId: loop.id,
        who: {
          personId: dana.id,
          fill: (p) => (p.emails.length ? undefined : { emails: ['dana@dialog.test'] }),
        },
        role: 'hiring-manager',
        hitItOff: false,
        met: [],
      }),
    ]);
    const saved = await getPerson(dana.id);
    expect(saved.emails).toEqual(['dana@elsewhere.test']);
    expect(saved.headline).toBe('VP');
  });
});
