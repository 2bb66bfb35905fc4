import { gql } from '@urql/vue';
import type { PolicyYearsQuery, PolicyYearsQueryVariables, SavePolicyYearMutation, SavePolicyYearMutationVariables } from './generated';

/** Every policy year with whether it is frozen (a confirmed settlement), and the administrator's edit. */

export type PolicyYearRow = PolicyYearsQuery['policyYears'][number];

const FIELDS = 'year frozen hardshipTierCategories backPayEarnsSubsidy tiers { amount governmentSubsidy hardshipOnly }';

export const POLICY_YEARS = gql<PolicyYearsQuery, PolicyYearsQueryVariables>`
  query PolicyYears { policyYears { ${FIELDS} } }
`;

export const SAVE_POLICY_YEAR = gql<SavePolicyYearMutation, SavePolicyYearMutationVariables>`
  mutation SavePolicyYear($input: PolicyYearInput!) { savePolicyYear(input: $input) { ${FIELDS} } }
`;
