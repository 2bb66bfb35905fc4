import { gql } from '@urql/vue';
import type { SettleVillagesMutation, SettleVillagesMutationVariables } from './generated';

export type AreaSettlement = SettleVillagesMutation['settleVillages'];

/** A county's (or the region's) villages settled at once as drafts (county 人社, region administrator). */
export const SETTLE_VILLAGES = gql<SettleVillagesMutation, SettleVillagesMutationVariables>`
  mutation SettleVillages($year: Int!, $countyCode: String) {
    settleVillages(year: $year, countyCode: $countyCode) {
      countyCode
      year
      villages
      withoutRoster
      settledCount
      totals {
        members
        eligible
        collective
      }
      refused {
        villageCode
        villageName
        code
        message
      }
    }
  }
`;
