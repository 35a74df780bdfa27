/**
 * Per-test setup of the browser suite. After each test, every browser it launched (harness.ts) is closed
 * and checked: no request may have left the machine. When the test failed, what each browser did is
 * printed (events.ts) — the only trace a CI run leaves of a failure that does not happen here.
 * Browsers launched in a `beforeAll` are the file's to close.
 */
import { afterEach, beforeEach, expect } from 'vitest';
import { launchedInTest } from './harness';

const SHOWN_EVENTS = 60;

beforeEach(() => {
  launchedInTest.length = 0;
});

afterEach(async (context) => {
  const launched = launchedInTest.splice(0);
  for (const extension of launched) await extension.close();
  if (context.task.result?.state === 'fail') {
    launched.forEach(({ events }, index) => {
      // The last events are the ones that explain a timeout; CI keeps only the end of its output.
      const shown = events.slice(-SHOWN_EVENTS).join('\n');
      console.error(`\n── browser ${index + 1} during "${context.task.name}" ──\n${shown}\n`);
    });
  }
  for (const extension of launched) {
    expect(extension.strayRequests, 'requests that left the machine').toEqual([]);
  }
});
