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
    // One retry: the browser suite drives real windows, menus and timers on a 2-core machine, and a
    // rare timing flake (see the closing notes) must not sink a run; a real failure fails twice.
    retry: 1,
  },
});
