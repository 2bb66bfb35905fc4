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

/** The scheme status of many villages in a year, in one field (`villages(codes:)`; no alias a village). */
export const VILLAGE_STATUSES = gql<{ villages: VillageStatus[] }, { codes: string[]; year: number }>`
  query VillageStatuses($codes: [String!]!, $year: Int!) {
    villages(codes: $codes) {
      code
      scheme(year: $year) {
        id
        status
      }
    }
  }
`;
export interface VillageStatus {
  code: string;
  scheme: { id: string; status: string } | null;
}
