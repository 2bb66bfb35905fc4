/**
 * Writes the editor's operations, as written in src/graphql/*.ts (interpolations resolved), into one document
 * for GraphQL Code Generator (codegen.ts); `pnpm --filter @cunce/web codegen` runs both.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editorOperations } from './operations.js';

export const OPERATIONS_FILE = fileURLToPath(new URL('../node_modules/.cache/cunce/operations.graphql', import.meta.url));

export async function printOperations(): Promise<number> {
  const operations = await editorOperations(false);
  mkdirSync(dirname(OPERATIONS_FILE), { recursive: true });
  writeFileSync(OPERATIONS_FILE, operations.map((o) => `# ${o.source}\n${o.text}\n`).join('\n'));
  return operations.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  console.log(`${await printOperations()} operations of the editor in ${OPERATIONS_FILE}`);
