import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Property tests evaluate thousands of members through json-rules-engine: generous time on a busy machine.
  test: { include: ['test/**/*.test.ts'], testTimeout: 120_000 },
});
