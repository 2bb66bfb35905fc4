import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql module for type-graphql, Apollo and the tests ("Duplicate graphql modules").
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // Every core (Vitest's default for `run` is one fewer: a single file at a time on a 2-core CI machine). Each
    // file has a database and an app of its own (harness.ts), so files may run side by side, and one after another
    // in a worker without a fresh process each (isolate: false): loading the server's modules again for every file
    // was most of the suite's CPU time.
    maxWorkers: availableParallelism(),
    isolate: false,
    // Tests and their setup log in a lot: passwords are hashed at N=2^12 here (CUNCE_SCRYPT_LN, see
    // auth/password.ts); the cost in production is tested end to end (test/security/login.passwords.test.ts).
    env: { CUNCE_SCRYPT_LN: '12' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
