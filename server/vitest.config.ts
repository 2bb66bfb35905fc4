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
    // Tests and their setup log in a lot: passwords are hashed at N=2^12 here (CUNCE_SCRYPT_LN, see
    // auth/password.ts); the cost in production is tested end to end (test/security/login.passwords.test.ts).
    env: { CUNCE_SCRYPT_LN: '12' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
