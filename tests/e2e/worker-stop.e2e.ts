/**
 * The browser stops Loopkeeper's service worker in the middle of a save (Chromium does this to idle
 * workers, and at any moment under memory pressure). Stopped with the DevTools protocol at many delays
 * after Save in the capture panel (a new loop and a new person): the data is all there or not at all,
 * the panel says in words whether it was saved, and Save again never doubles a loop or a person. The
 * daily pass stopped midway leaves the data whole too.
 */
import type { CDPSession, Frame, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { localDate } from '../../src/domain/today';
import { type Extension, launchExtension, withBridge } from './harness';
import { type PageServer, servePages } from './https-server';
import { panelFrame, pressSaveButton, routes, URLS } from './pages/site';

let server: PageServer;
beforeAll(async () => {
  server = await servePages(routes());
});
afterAll(async () => server.close());

/** Milliseconds between pressing Save and stopping the worker: 0 to 480 in steps of 60. */
const DELAYS = Array.from({ length: 9 }, (_, i) => i * 60);
/** Each try opens the page and the panel afresh: several minutes on a busy machine. */
const LONG = 420_000;

/** A DevTools session on `page` that can stop the service workers (the domain must be enabled first). */
async function workerControl(ext: Extension, page: Page): Promise<CDPSession> {
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  return cdp;
}

/** Stops every service worker of the profile, as the browser does to an idle or memory-starved one. */
async function stopWorker(cdp: CDPSession): Promise<void> {
  await cdp.send('ServiceWorker.stopAllWorkers');
}

interface Stored {
  loops: { id: string; role: string }[];
  people: { id: string; name: string }[];
  participations: { loopId: string; personId: string }[];
  thankYous: { personId: string | null; loopId: string | null }[];
}

async function stored(ext: Extension): Promise<Stored> {
  return withBridge(await ext.bridge(), async (lk) => {
    const data = await lk.readSnapshot();
    return {
      loops: data.loops.map(({ id, role }) => ({ id, role })),
      people: data.people.map(({ id, name }) => ({ id, name })),
      participations: data.participations.map(({ loopId, personId }) => ({ loopId, personId })),
      thankYous: data.reminders
        .filter((r) => r.kind === 'thank-you')
        .map(({ personId, loopId }) => ({ personId, loopId })),
    };
  });
}

/** All there (one loop, Dana in it, her thank-you planned) or nothing at all; never anything between. */
function wholeOrNothing(data: Stored): 'all' | 'none' {
  if (!data.loops.length && !data.people.length && !data.participations.length && !data.thankYous.length)
    return 'none';
  expect(data.loops).toHaveLength(1);
  expect(data.people).toMatchObject([{ name: 'Dana Hill' }]);
  const [loop] = data.loops;
  const [dana] = data.people;
  expect(data.participations).toEqual([{ loopId: loop?.id, personId: dana?.id }]);
  expect(data.thankYous).toEqual([{ personId: dana?.id, loopId: loop?.id }]);
  return 'all';
}

/** The worker, started again by a message if the last try stopped it. */
async function runningWorker(ext: Extension, page: Page): Promise<Worker> {
  await withBridge(page, async (lk) => lk.notifyDataChanged());
  for (let i = 0; i < 100; i++) {
    const worker = ext.context.serviceWorkers().at(-1);
    if (worker && (await worker.evaluate(() => true).catch(() => false))) return worker;
    await page.waitForTimeout(100);
  }
  throw new Error('the service worker did not start again');
}

/** Dana's profile with the capture panel open on a new loop at Acme Corp. */
async function openPanel(page: Page): Promise<Frame> {
  await page.goto(URLS.dana);
  await pressSaveButton(page);
  const panel = await panelFrame(page);
  await panel.getByRole('textbox', { name: 'Your role' }).fill('Head of Growth');
  return panel;
}

/** What the panel said after Save: saved, or the alert's words. */
async function outcome(panel: Frame): Promise<string> {
  const saved = panel.getByText('Saved Dana Hill to Acme Corp — Head of Growth');
  const alert = panel.getByRole('alert');
  await saved.or(alert).first().waitFor({ timeout: 20_000 });
  return (await saved.isVisible()) ? 'saved' : ((await alert.textContent()) ?? '');
}

describe('a worker stopped in the middle of a save', () => {
  it(
    'capture Save stopped 0–480 ms in: all or nothing, said in words, Save again never doubles',
    async () => {
      const ext = await launchExtension({ args: server.args, allowedHosts: server.hosts });
      const page = await ext.context.newPage();
      const cdp = await workerControl(ext, page);
      const seen: string[] = [];
      for (const delay of DELAYS) {
        const panel = await openPanel(page);
        await panel.getByRole('button', { name: 'Save', exact: true }).click();
        await page.waitForTimeout(delay);
        await stopWorker(cdp);
        const said = await outcome(panel);
        expect(said, `after ${delay} ms`).not.toMatch(/message channel|Receiving end/);
        const state = wholeOrNothing(await stored(ext));
        seen.push(`${delay} ms: ${said === 'saved' ? 'saved' : 'not saved'} (${state})`);
        if (said === 'saved') expect(state, `after ${delay} ms the panel said Saved`).toBe('all');
        else {
          expect(said).toMatch(/Not saved|could not yet say/);
          if (/Not saved/.test(said))
            expect(state, `after ${delay} ms the panel said Not saved`).toBe('none');
          // Save again: once, whatever happened before.
          await panel.getByRole('button', { name: 'Save', exact: true }).click();
          expect(await outcome(panel)).toBe('saved');
          expect(wholeOrNothing(await stored(ext))).toBe('all');
        }
        // The next try starts from nothing again.
        await withBridge(await ext.bridge(), async (lk) => {
          const data = await lk.readSnapshot();
          for (const person of data.people) await lk.people.deletePerson(person.id);
          for (const loop of data.loops) await lk.loops.deleteLoop(loop.id);
        });
        for (const other of ext.context.pages()) if (other !== page) await other.close();
      }
      console.info(`worker stopped after Save: ${seen.join('; ')}`);
    },
    LONG,
  );

  it(
    'the daily pass stopped midway leaves the data whole',
    async () => {
      const ext = await launchExtension({ args: server.args, allowedHosts: server.hosts });
      const bridge = await ext.bridge();
      const cdp = await workerControl(ext, bridge);
      const metLongAgo = addDays(localDate(), -60);
      const seen: string[] = [];
      for (const [batch, delay] of [0, 5, 10, 20, 40, 80].entries()) {
        // Forty people met two months ago: their thank-yous are open and past their expiry, so the pass
        // (the midnight alarm's) expires them — all forty in its one transaction, or none.
        await withBridge(
          bridge,
          async (lk, { on, batch }) => {
            await lk.inOneTransaction(async () => {
              const company = await lk.companies.findOrCreateCompany({ name: `Company ${batch}` });
              const loop = await lk.loops.createLoop({
                companyId: company.id,
                role: 'CTO',
                status: 'interviewing',
              });
              for (let i = 0; i < 40; i++) {
                const person = await lk.people.createPerson({ name: `Person ${batch}-${i}` });
                await lk.participations.addParticipant({ loopId: loop.id, personId: person.id, met: [on] });
              }
            });
          },
          { on: metLongAgo, batch },
        );
        const worker = await runningWorker(ext, bridge);
        void worker
          .evaluate(() => {
            const { onAlarm } = (globalThis as unknown as { chrome: { alarms: { onAlarm: unknown } } }).chrome
              .alarms;
            (onAlarm as { dispatch: (alarm: { name: string }) => void }).dispatch({
              name: 'loopkeeper-midnight',
            });
          })
          .catch(() => undefined);
        await bridge.waitForTimeout(delay);
        await stopWorker(cdp);
        const statuses = await withBridge(
          bridge,
          async (lk, { batch }) => {
            const data = await lk.readSnapshot();
            const mine = new Set(data.loops.filter((l) => l.role === 'CTO').map((l) => l.id));
            const people = new Set(
              data.people.filter((p) => p.name.startsWith(`Person ${batch}-`)).map((p) => p.id),
            );
            return {
              participations: data.participations.filter((p) => people.has(p.personId) && mine.has(p.loopId))
                .length,
              statuses: data.reminders
                .filter((r) => r.kind === 'thank-you' && people.has(r.personId ?? ''))
                .map((r) => r.status),
            };
          },
          { batch },
        );
        expect(statuses.participations).toBe(40);
        expect(statuses.statuses).toHaveLength(40);
        const expired = statuses.statuses.filter((status) => status === 'expired').length;
        expect([0, 40], `stopped ${delay} ms into the pass: ${expired} of 40 expired`).toContain(expired);
        seen.push(`${delay} ms: ${expired ? 'expired' : 'untouched'}`);
      }
      console.info(`daily pass stopped: ${seen.join('; ')}`);
    },
    LONG,
  );
});
