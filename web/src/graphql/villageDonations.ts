import { gql } from '@urql/vue';
import type { VillageDonationsQuery, VillageDonationsQueryVariables } from './generated';
import { GIFT, POOL, type Pool } from './donations';

/** A village's donations for a year: gifts, the pools covering it, and each settlement's allocation by donor. */

/** The village's donations; its pools' conditions are the rules' conditions (JSON in the contract). */
export type VillageDonations = Omit<VillageDonationsQuery['villageDonations'], 'pools'> & { pools: Pool[] };
export type SettlementDonations = VillageDonations['settlements'][number];
export type DonorTotal = SettlementDonations['byDonor'][number];
export type Allocation = SettlementDonations['allocations'][number];

export const VILLAGE_DONATIONS = gql<VillageDonationsQuery, VillageDonationsQueryVariables>`
  query VillageDonations($villageCode: String!, $year: Int!) {
    villageDonations(villageCode: $villageCode, year: $year) {
      gifts { ${GIFT} }
      pools { ${POOL} }
      poolsAvailable { poolId available }
      settlements {
        settlementId donation donationExcess
        byDonor { donor { id kind } donorName given applied returned }
        allocations { idNumber name source giftId poolId donorName applied returned }
      }
    }
  }
`;
