import { gql } from '@urql/vue';
import type {
  AcceptSettlementMutation,
  AcceptSettlementMutationVariables,
  ConfirmSettlementMutation,
  ConfirmSettlementMutationVariables,
  SettleMutation,
  SettleMutationVariables,
  SettlementsQuery,
  SettlementsQueryVariables,
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
  outcomes { idNumber name contribution eligible reasons age raw collective donation donationExcess governmentSubsidy accountCredit sections { key amount ruleIds } }
`;

export const SETTLEMENTS = gql<SettlementsQuery, SettlementsQueryVariables>`
  query Settlements($code: String!, $year: Int!) { village(code: $code) { code settlements(year: $year) { ${FIELDS} } } }
`;

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
