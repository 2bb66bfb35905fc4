/**
 * The editor's operations: every GraphQL document exported by src/graphql/*.ts, as the client sends it (urql's
 * cache exchange adds `__typename` to every selection set, formatDocument), printed by graphql-js.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatDocument } from '@urql/vue';
import { print, type DocumentNode } from 'graphql';

export const GRAPHQL_DIR = fileURLToPath(new URL('../src/graphql/', import.meta.url));

export interface Operation {
  /** `file.ts#EXPORT` */
  source: string;
  document: DocumentNode;
  /** The text as sent (graphql-js print of the formatted document). */
  text: string;
}

const isDocument = (value: unknown): value is DocumentNode => (value as DocumentNode | null)?.kind === 'Document';

/** `sent`: as the client sends them (with `__typename`); false: as written. */
export async function editorOperations(sent = true): Promise<Operation[]> {
  const operations: Operation[] = [];
  for (const file of readdirSync(GRAPHQL_DIR)
    // generated.ts holds Code Generator's copies of these very documents (typed document nodes), not operations of its own.
    .filter((f) => f.endsWith('.ts') && f !== 'generated.ts')
    .sort()) {
    const module = (await import(pathToFileURL(GRAPHQL_DIR + file).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!isDocument(value)) continue;
      const document = sent ? formatDocument(value) : value;
      operations.push({ source: `${file}#${name}`, document, text: print(document) });
    }
  }
  return operations;
}
