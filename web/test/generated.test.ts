// @vitest-environment node
/** src/graphql/generated.ts is what GraphQL Code Generator makes of the editor's operations and server/schema.graphql. */
import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';
import { expect, test } from 'vitest';
import config from '../codegen';
import { printOperations } from '../scripts/printOperations';

const GENERATED = new URL('../src/graphql/generated.ts', import.meta.url);

test('the generated operation types are current (else: pnpm --filter @cunce/web codegen)', async () => {
  await printOperations();
  const [file] = await generate({ ...config, cwd: new URL('..', import.meta.url).pathname, silent: true }, false);
  const path = GENERATED.pathname;
  const made = await format(file!.content, { ...(await resolveConfig(path)), filepath: path });
  expect(made === readFileSync(GENERATED, 'utf8'), 'src/graphql/generated.ts is stale: run pnpm --filter @cunce/web codegen').toBe(true);
});
