/**
 * Writes the published contract server/schema.graphql from the code's schema
 * (`pnpm --filter @cunce/server schema`); test/schema.contract.test.ts fails when the committed file differs.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGraphQLSchema } from '../src/app.js';
import { CONTRACT_FILE, printContract } from '../src/app/contract.js';

const file = fileURLToPath(new URL(`../${CONTRACT_FILE}`, import.meta.url));
writeFileSync(file, printContract(await buildGraphQLSchema()));
console.log(`wrote ${file}`);
