import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildGraphQLSchema } from '../src/app.js';
import { CONTRACT_COMMAND, CONTRACT_FILE, printContract } from '../src/app/contract.js';

test('the committed schema.graphql is the schema the code builds', async () => {
  const committed = readFileSync(new URL(`../${CONTRACT_FILE}`, import.meta.url), 'utf8');
  const built = printContract(await buildGraphQLSchema());
  expect(built === committed, `server/${CONTRACT_FILE} differs from the code's schema: run \`${CONTRACT_COMMAND}\``).toBe(true);
});
