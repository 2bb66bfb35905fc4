import { gql } from '@urql/vue';
import type { VillageDonationsQuery, VillageDonationsQueryVariables } from './generated';
import { GIFT, POOL, type Gift, type Pool } from './donations';

/** A village's donations for a year: gifts, the pools covering it, and each settlement's allocation by donor. */

export interface DonorTotal {
  donor: { id: string; kind: string } | null;
  donorName: string;
  given: number;
  applied: number;
  returned: number;
}
export interface Allocation {
  idNumber: string;
  name: string | null;
  source: 'ROSTER' | 'GIFT' | 'POOL';
  giftId: string | null;
  poolId: string | null;
  donorName: string;
  applied: number;
  returned: number;
}
export interface SettlementDonations {
  settlementId: string;
  donation: number;
  donationExcess: number;
  byDonor: DonorTotal[];
  allocations: Allocation[];
}
export interface VillageDonations {
  gifts: Gift[];
  pools: Pool[];
  poolsAvailable: { poolId: string; available: number }[];
  settlements: SettlementDonations[];
}

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
