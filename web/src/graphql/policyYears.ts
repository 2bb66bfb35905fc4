import { gql } from '@urql/vue';
import type { PolicyYearsQuery, PolicyYearsQueryVariables, SavePolicyYearMutation, SavePolicyYearMutationVariables } from './generated';
import type { PolicyYearData } from './policy';

/** Every policy year with whether it is frozen (a confirmed settlement), and the administrator's edit. */

export interface PolicyYearRow extends PolicyYearData {
  frozen: boolean;
}

const FIELDS = 'year frozen hardshipTierCategories backPayEarnsSubsidy tiers { amount governmentSubsidy hardshipOnly }';

export const POLICY_YEARS = gql<PolicyYearsQuery, PolicyYearsQueryVariables>`
  query PolicyYears { policyYears { ${FIELDS} } }
`;

export const SAVE_POLICY_YEAR = gql<SavePolicyYearMutation, SavePolicyYearMutationVariables>`
  mutation SavePolicyYear($input: PolicyYearInput!) { savePolicyYear(input: $input) { ${FIELDS} } }
`;
