import { defineConfig } from 'vitest/config';

/**
 * End-to-end suites over HTTP against the real server process (test/support/server.ts). SQLite by default,
 * PostgreSQL with CUNCE_E2E_DB=postgres. Files run one after another: each starts its own server.
 */
export default defineConfig({
  test: {
    include: ['api/**/*.test.ts', 'security/**/*.test.ts'],
    globalSetup: ['support/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
