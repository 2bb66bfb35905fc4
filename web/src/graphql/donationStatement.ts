import { gql } from '@urql/vue';
import type { DonorStatementQuery, DonorStatementQueryVariables } from './generated';
import { DONOR, GIFT, POOL, type Pool } from './donations';

/** A donor's statement for a year (对账单): what was given, to whom (ID numbers masked), applied, returned, left. */

export type { AllocationStatus } from './generated';

/** The statement; its pools' conditions are the rules' conditions (JSON in the contract). */
export type DonorStatement = Omit<DonorStatementQuery['donorStatement'], 'pools'> & {
  pools: (Omit<DonorStatementQuery['donorStatement']['pools'][number], 'pool'> & { pool: Pool })[];
};
export type StatementTotals = DonorStatement['totals'];

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
