/**
 * A running log of what the browser did during a test — console lines and errors of every page, frame and
 * service worker, frames coming and going, workers starting and stopping, crashes — so a test that
 * fails on a loaded CI machine says why (tests/e2e/setup.ts prints it on failure).
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';

const MAX_EVENTS = 400;

export function recordEvents(context: BrowserContext): string[] {
  const events: string[] = [];
  const start = Date.now();
  const add = (line: string) => {
    if (events.length === MAX_EVENTS) events.splice(0, 100, '… (earlier events dropped)');
    events.push(`+${((Date.now() - start) / 1000).toFixed(2)}s ${line.slice(0, 500)}`);
  };
  const watchPage = (page: Page) => {
    add(`page opened ${page.url()}`);
    page.on('console', (m) => add(`console.${m.type()} [${m.location().url || page.url()}] ${m.text()}`));
    page.on('pageerror', (e) => add(`page error [${page.url()}] ${e.message}`));
    page.on('crash', () => add(`page crashed ${page.url()}`));
    page.on('close', () => add(`page closed ${page.url()}`));
    page.on('frameattached', () => add(`frame attached in ${page.url()}`));
    page.on('framenavigated', (f) => add(`frame at ${f.url()}${f === page.mainFrame() ? ' (main)' : ''}`));
    page.on('framedetached', (f) => add(`frame detached ${f.url()}`));
  };
  const watchWorker = (worker: Worker) => {
    add(`service worker running ${worker.url()}`);
    worker.on('console', (m) => add(`worker console.${m.type()} ${m.text()}`));
    worker.on('close', () => add(`service worker stopped ${worker.url()}`));
  };
  for (const page of context.pages()) watchPage(page);
  for (const worker of context.serviceWorkers()) watchWorker(worker);
  context.on('page', watchPage);
  context.on('serviceworker', watchWorker);
  context.on('weberror', (e) => add(`web error ${e.error().message}`));
  context.on('requestfailed', (r) => add(`request failed ${r.url()} ${r.failure()?.errorText ?? ''}`));
  return events;
}
