import { defineConfig } from 'vitest/config';

/**
 * The editor in a real browser (Debian's Chromium through playwright-core) against the real server, which the
 * global setup builds and starts once on a fresh SQLite file. Files run one after another; steps wait for the
 * page (locators), so the long timeouts only bound a hung run.
 */
export default defineConfig({
  test: {
    include: ['browser/**/*.test.ts'],
    globalSetup: ['browser/support/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
  },
});
