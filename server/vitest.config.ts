import { createRequire } from 'node:module';
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
    // Tests and their setup log in a lot, and each login checks a password with scrypt at N=2^17 (up to a second
    // of CPU here, several on a busy machine).
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
