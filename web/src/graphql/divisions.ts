import { gql } from '@urql/vue';
import type { CountiesQuery, CountiesQueryVariables } from './generated';

export interface VillageNode {
  code: string;
  name: string;
  provisional: boolean;
}
export interface TownshipNode {
  code: string;
  name: string;
  villages: VillageNode[];
}
export interface CountyNode {
  code: string;
  name: string;
  townships: TownshipNode[];
}

export const COUNTIES = gql<CountiesQuery, CountiesQueryVariables>`
  query Counties {
    counties {
      code
      name
      townships {
        code
        name
        villages {
          code
          name
          provisional
        }
      }
    }
  }
`;

/** One aliased query for the scheme status of many villages in a year (fields the user may not read fail alone). */
export function villageStatusesQuery(codes: readonly string[]): string {
  const fields = codes.map((code, i) => `v${i}: village(code: ${JSON.stringify(code)}) { code scheme(year: $year) { id status } }`);
  return `query VillageStatuses($year: Int!) {\n${fields.join('\n')}\n}`;
}
export type VillageStatuses = Record<string, { code: string; scheme: { id: string; status: string } | null } | null>;
