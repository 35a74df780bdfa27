import { defineConfig } from 'vitest/config';

// The end-to-end suite in Debian's Firefox ESR over WebDriver BiDi, one browser at a time (2 cores).
// No retry: a test that passes only on a second try is a bug.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    setupFiles: ['tests/e2e-firefox/setup.ts'],
    fileParallelism: false,
    // A Firefox start takes 30–40 s when the shared machine is busy (seen: 12 min for the suite).
    testTimeout: 180_000,
    hookTimeout: 120_000,
    retry: 0,
  },
});
