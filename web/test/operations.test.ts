// @vitest-environment node
/**
 * Every operation of the editor (the documents exported by src/graphql/*.ts, as the client sends them) is valid
 * against the published contract, server/schema.graphql.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, validate } from 'graphql';
import { expect, test } from 'vitest';
import { editorOperations } from '../scripts/operations';

const schema = buildSchema(readFileSync(new URL('../../server/schema.graphql', import.meta.url), 'utf8'));

test('every operation of the editor is valid against server/schema.graphql', async () => {
  const operations = await editorOperations();
  expect(operations.length).toBeGreaterThan(50);
  const invalid = operations.flatMap(({ source, document }) => validate(schema, document).map((e) => `${source}: ${e.message}`));
  expect(invalid).toEqual([]);
});
