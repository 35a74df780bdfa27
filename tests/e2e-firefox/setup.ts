/**
 * After each Firefox test: every page's collected errors and every request that tried to leave the
 * machine fail the test; then the browsers it launched are closed.
 */
import { afterEach, beforeEach, expect } from 'vitest';
import { launchedInTest } from './harness';

beforeEach(() => {
  launchedInTest.length = 0;
});

afterEach(async () => {
  const launched = launchedInTest.splice(0);
  const errors: string[] = [];
  for (const extension of launched) {
    errors.push(...(await extension.pageErrors()));
    await extension.close();
  }
  expect(errors, 'errors in the extension’s pages').toEqual([]);
  for (const extension of launched) {
    expect(extension.strayRequests, 'requests that left the machine').toEqual([]);
  }
});
