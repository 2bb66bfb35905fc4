/**
 * The published contract: the built schema printed in a stable order (types, fields and enum values sorted by
 * name), as committed in server/schema.graphql and checked by test/schema.contract.test.ts.
 */
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

export const CONTRACT_FILE = 'schema.graphql';
export const CONTRACT_COMMAND = 'pnpm --filter @cunce/server schema';

export function printContract(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
