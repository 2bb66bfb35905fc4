/**
 * graphql-jit behind Apollo's gateway (adapter/jitExecutor.ts) answers as graphql-js's execute does: data, lists,
 * errors with their path and extensions, variables it refuses, and an omitted non-null input field with a default.
 */
import { execute, GraphQLError, parse, type ExecutionResult } from 'graphql';
import { contractSchema } from './jitSchema.js';
import { describe, expect, test } from 'vitest';
import { jitExecutor } from '../../src/adapter/index.js';

const schema = contractSchema();
const run = jitExecutor(schema);

async function both(query: string, variables: Record<string, unknown> = {}): Promise<[unknown, unknown]> {
  const document = parse(query);
  const request = { document, request: { variables }, context: {}, operationName: null };
  const jit = await run(request as unknown as Parameters<typeof run>[0]);
  const reference: ExecutionResult = await execute({ schema, document, contextValue: {}, variableValues: variables });
  return [JSON.parse(JSON.stringify(jit)), JSON.parse(JSON.stringify(reference))];
}

describe('jit executor', () => {
  test.each([
    ['a list of 2,000 objects', '{ rows(n: 2000) { id label fen } }', {}],
    ['a coded error with its path, beside data', '{ rows(n: 1) { id } refused }', {}],
    ['an error without extensions', '{ broken }', {}],
    ['a variable of the wrong type', 'query ($n: Int!) { rows(n: $n) { id } }', { n: 'many' }],
    ['an omitted non-null input field with a default', 'query ($d: Gift!) { gift(d: $d) }', { d: { name: '张三' } }],
  ])('%s', async (_what, query, variables) => {
    const [jit, reference] = await both(query, variables);
    expect(jit).toEqual(reference);
  });

  test('an operation name the document does not have is an error, as graphql-js gives (Apollo expects one)', async () => {
    const document = parse('{ rows(n: 1) { id } }');
    // Apollo passes the name of the operation it resolved (none here) beside the request as sent.
    const request = { document, request: { variables: {}, operationName: 'Other' }, context: {}, operationName: null };
    const result = await run(request as unknown as Parameters<typeof run>[0]);
    expect(result.errors?.map((e) => e.message)).toEqual(['Unknown operation named "Other".']);
  });

  test('an error without extensions gets empty extensions, as graphql-js gives (Apollo formats them)', async () => {
    const document = parse('{ broken }');
    const result = await run({ document, request: { variables: {} }, context: {}, operationName: null } as unknown as Parameters<
      typeof run
    >[0]);
    expect(result.errors?.[0]).toBeInstanceOf(GraphQLError);
    expect(result.errors?.[0]?.extensions).toEqual({});
  });
});
