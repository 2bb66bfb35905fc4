import { gql } from '@urql/vue';
import { query } from './client';
import { allPages, PAGE_FIELDS, type Connection } from './paging';
import type {
  AcceptSettlementMutation,
  AcceptSettlementMutationVariables,
  ConfirmSettlementMutation,
  ConfirmSettlementMutationVariables,
  SettleMutation,
  SettleMutationVariables,
} from './generated';
import type { Outcome, RowIssue, Totals } from '@cunce/rules';

export interface SettlementOutcome extends Outcome {
  name: string | null;
  contribution: number | null;
}
export interface SettlementData {
  id: string;
  status: 'DRAFT' | 'CONFIRMED' | 'ACCEPTED';
  version: number | null;
  supplementary: boolean;
  schemeActive: boolean;
  totals: Totals;
  budgetExceeded: boolean;
  prorateFactor: number | null;
  warnings: RowIssue[];
  createdAt: string;
  createdBy: string;
  confirmedAt: string | null;
  confirmedBy: string | null;
  acceptedAt: string | null;
  acceptedBy: string | null;
  outcomes: SettlementOutcome[];
}

const FIELDS = `
  id status version supplementary schemeActive budgetExceeded prorateFactor
  totals { members eligible contribution governmentSubsidy collective donation donationExcess accountCredit }
  warnings { index idNumber field code message }
  createdAt createdBy confirmedAt confirmedBy acceptedAt acceptedBy
`;
const OUTCOME =
  'idNumber name contribution eligible reasons age raw collective donation donationExcess governmentSubsidy accountCredit sections { key amount ruleIds }';

/** A village's settlements of the year without their outcomes (read page by page, for the one shown: readOutcomes). */
export const SETTLEMENTS = gql<
  { village: { code: string; settlements: Omit<SettlementData, 'outcomes'>[] } | null },
  { code: string; year: number }
>`
  query Settlements($code: String!, $year: Int!) { village(code: $code) { code settlements(year: $year) { ${FIELDS} } } }
`;

export const OUTCOMES = gql<
  { settlement: { outcomesConnection: Connection<SettlementOutcome> } },
  { id: string; first: number; after: string | null }
>`
  query SettlementOutcomes($id: ID!, $first: Int!, $after: String) {
    settlement(id: $id) { outcomesConnection(first: $first, after: $after) { nodes { ${OUTCOME} } ${PAGE_FIELDS} } }
  }
`;

/** Every outcome of a settlement, in roster order, a page of 500 at a time. */
export function readOutcomes(id: string): Promise<SettlementOutcome[]> {
  return allPages(async (first, after) => (await query(OUTCOMES, { id, first, after })).settlement.outcomesConnection);
}

export const SETTLE = gql<SettleMutation, SettleMutationVariables>`
  mutation Settle($villageCode: String!, $year: Int!, $supplementary: Boolean) {
    settle(villageCode: $villageCode, year: $year, supplementary: $supplementary) {
      id
      status
    }
  }
`;
export const CONFIRM_SETTLEMENT = gql<ConfirmSettlementMutation, ConfirmSettlementMutationVariables>`
  mutation ConfirmSettlement($settlementId: ID!) {
    confirmSettlement(settlementId: $settlementId) {
      id
      status
    }
  }
`;
export const ACCEPT_SETTLEMENT = gql<AcceptSettlementMutation, AcceptSettlementMutationVariables>`
  mutation AcceptSettlement($settlementId: ID!) {
    acceptSettlement(settlementId: $settlementId) {
      id
      status
    }
  }
`;
