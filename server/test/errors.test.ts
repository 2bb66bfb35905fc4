import { OptimisticLockError } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { formatError } from '../src/app/formatError.js';
import { Forbidden, InvalidRuleSet } from '../src/errors.js';
import { createHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

/** What Apollo hands formatError for an error thrown in a resolver. */
function fromResolver(thrown: Error): [GraphQLFormattedError, unknown] {
  const wrapped = new GraphQLError(thrown.message, { originalError: thrown, path: ['x'] });
  const code = thrown instanceof GraphQLError ? thrown.extensions.code : 'INTERNAL_SERVER_ERROR';
  return [
    { message: thrown.message, path: ['x'], extensions: { ...(thrown instanceof GraphQLError ? thrown.extensions : {}), code } },
    wrapped,
  ];
}

test('masks an unexpected error and logs it', () => {
  const log = vi.spyOn(console, 'error').mockImplementation(() => {});
  const formatted = formatError(...fromResolver(new TypeError("Cannot read properties of undefined (reading 'secret')")));
  expect(formatted).toMatchInlineSnapshot(`
    {
      "extensions": {
        "code": "INTERNAL_SERVER_ERROR",
      },
      "message": "服务器内部错误",
      "path": [
        "x",
      ],
    }
  `);
  expect(log).toHaveBeenCalledOnce();
  log.mockRestore();
});

test('passes coded errors through with their extensions', () => {
  const issues = [{ path: '/year', code: 'BAD_FIELD', message: '年度有误' }];
  expect(formatError(...fromResolver(new InvalidRuleSet(issues)))).toMatchObject({ extensions: { code: 'INVALID_RULESET', issues } });
  expect(formatError(...fromResolver(new Forbidden()))).toMatchObject({ message: '无权进行此操作', extensions: { code: 'FORBIDDEN' } });
});

test('turns a lost optimistic lock into CONFLICT', () => {
  const formatted = formatError(...fromResolver(OptimisticLockError.lockFailed('Scheme')));
  expect(formatted.extensions?.code).toBe('CONFLICT');
});

test('answers a malformed variable with a coded error', async () => {
  const res = await h.gql('query ($y: Int!) { policyYear(year: $y) { year } }', { y: 'twenty' });
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('answers a body that is not JSON with a coded error over HTTP', async () => {
  const res = await fetch(`${await h.url()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{ not json',
  });
  expect(res.status).toBe(400);
  expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
});
