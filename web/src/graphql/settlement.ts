import { gql } from '@urql/vue';
import { GqlError, query } from './client';
import { allPages, PAGE_FIELDS } from './paging';
import type {
  SettlementOutcomesQuery,
  SettlementOutcomesQueryVariables,
  SettlementsQuery,
  SettlementsQueryVariables,
  AcceptSettlementMutation,
  AcceptSettlementMutationVariables,
  ConfirmSettlementMutation,
  ConfirmSettlementMutationVariables,
  SettleMutation,
  SettleMutationVariables,
} from './generated';

/** An outcome as read (the rules' Outcome with the member's name and contribution). */
export type SettlementOutcome = NonNullable<SettlementOutcomesQuery['settlement']>['outcomesConnection']['nodes'][number];
/** A settlement with the outcomes read for it (readOutcomes). */
export type SettlementData = NonNullable<SettlementsQuery['village']>['settlements'][number] & { outcomes: SettlementOutcome[] };

const FIELDS = `
  id status version supplementary schemeActive budgetExceeded prorateFactor
  totals { members eligible contribution governmentSubsidy collective donation donationExcess accountCredit }
  warnings { index idNumber field code message }
  createdAt createdBy confirmedAt confirmedBy acceptedAt acceptedBy
`;
const OUTCOME =
  'idNumber name contribution eligible reasons age raw collective donation donationExcess governmentSubsidy accountCredit sections { key amount ruleIds }';

/** A village's settlements of the year without their outcomes (read page by page, for the one shown: readOutcomes). */
export const SETTLEMENTS = gql<SettlementsQuery, SettlementsQueryVariables>`
  query Settlements($code: String!, $year: Int!) { village(code: $code) { code settlements(year: $year) { ${FIELDS} } } }
`;

export const OUTCOMES = gql<SettlementOutcomesQuery, SettlementOutcomesQueryVariables>`
  query SettlementOutcomes($id: ID!, $first: Int!, $after: String) {
    settlement(id: $id) { outcomesConnection(first: $first, after: $after) { nodes { ${OUTCOME} } ${PAGE_FIELDS} } }
  }
`;

/** Every outcome of a settlement, in roster order, a page of 500 at a time. */
export function readOutcomes(id: string): Promise<SettlementOutcome[]> {
  return allPages(async (first, after) => {
    const settlement = (await query(OUTCOMES, { id, first, after })).settlement;
    if (!settlement) throw new GqlError('该结算已不存在（可能已被删除或重新结算），请刷新页面', 'NOT_FOUND');
    return settlement.outcomesConnection;
  });
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
