import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Property tests evaluate thousands of members through json-rules-engine: generous time on a busy machine.
  // Every core (Vitest's default for `run` is one fewer: a single file at a time on a 2-core CI machine).
  test: { include: ['test/**/*.test.ts'], testTimeout: 120_000, maxWorkers: availableParallelism() },
});
