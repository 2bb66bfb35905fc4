import { gql } from '@urql/vue';
import type { CountiesQuery, CountiesQueryVariables, VillageStatusesQuery, VillageStatusesQueryVariables } from './generated';

export type CountyNode = CountiesQuery['counties'][number];
export type TownshipNode = CountyNode['townships'][number];
export type VillageNode = TownshipNode['villages'][number];

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
export const VILLAGE_STATUSES = gql<VillageStatusesQuery, VillageStatusesQueryVariables>`
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
export type VillageStatus = VillageStatusesQuery['villages'][number];
