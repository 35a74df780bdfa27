/**
 * Per-test setup of the browser suite: when a test fails, print what each browser it launched did (see
 * events.ts) — the only trace a CI run leaves of a failure that does not happen here.
 */
import { afterEach } from 'vitest';
import { openLogs } from './events';

const SHOWN_EVENTS = 60;

afterEach((context) => {
  const failed = context.task.result?.state === 'fail';
  if (failed) {
    for (const { label, events } of openLogs) {
      // The last events are the ones that explain a timeout; CI keeps only the end of its output.
      const shown = events.slice(-SHOWN_EVENTS);
      console.error(`\n── ${label} during "${context.task.name}" ──\n${shown.join('\n')}\n`);
    }
  }
  openLogs.length = 0;
});
