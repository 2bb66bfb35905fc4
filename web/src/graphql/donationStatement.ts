import { gql } from '@urql/vue';
import type { DonorStatementQuery, DonorStatementQueryVariables } from './generated';
import { DONOR, GIFT, POOL, type Donor, type DonationVillage, type Gift, type Pool } from './donations';

/** A donor's statement for a year (对账单): what was given, to whom (ID numbers masked), applied, returned, left. */

export type AllocationStatus = 'PENDING' | 'DRAFT' | 'FINAL';

export interface StatementTotals {
  given: number;
  applied: number;
  returned: number;
  unallocated: number;
  appliedFinal: number;
  returnedFinal: number;
  appliedDraft: number;
  returnedDraft: number;
}
export interface DonorStatement {
  donor: Donor;
  year: number;
  complete: boolean;
  final: boolean;
  generatedAt: string;
  gifts: { gift: Gift; status: AllocationStatus; applied: number; returned: number; unallocated: number }[];
  pools: {
    pool: Pool;
    allocations: {
      settlementId: string;
      status: AllocationStatus;
      village: DonationVillage;
      idNumber: string;
      name: string | null;
      applied: number;
    }[];
  }[];
  settlements: {
    settlementId: string;
    village: DonationVillage;
    status: string;
    final: boolean;
    applied: number;
    returned: number;
    settlementDonation: number;
  }[];
  totals: StatementTotals;
}

export const DONOR_STATEMENT = gql<DonorStatementQuery, DonorStatementQueryVariables>`
  query DonorStatement($donorId: ID!, $year: Int!) {
    donorStatement(donorId: $donorId, year: $year) {
      year complete final generatedAt donor { ${DONOR} }
      gifts { status applied returned unallocated gift { ${GIFT} } }
      pools { pool { ${POOL} } allocations { settlementId status village { code name } idNumber name applied } }
      settlements { settlementId village { code name } status final applied returned settlementDonation }
      totals { given applied returned unallocated appliedFinal returnedFinal appliedDraft returnedDraft }
    }
  }
`;
