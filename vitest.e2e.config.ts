import { defineConfig } from 'vitest/config';

// The end-to-end suite: the built extension in a real Chromium, one browser at a time (2 cores).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    setupFiles: ['tests/e2e/setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // No retry: a test that passes only on a second try hides a race in the product or in the test.
    retry: 0,
  },
});
