import { gql } from '@urql/vue';
import type { PolicyYearData } from './policy';

/** Every policy year with whether it is frozen (a confirmed settlement), and the administrator's edit. */

export interface PolicyYearRow extends PolicyYearData {
  frozen: boolean;
}

const FIELDS = 'year frozen hardshipTierCategories backPayEarnsSubsidy tiers { amount governmentSubsidy hardshipOnly }';

export const POLICY_YEARS = gql<{ policyYears: PolicyYearRow[] }>`
  query PolicyYears { policyYears { ${FIELDS} } }
`;

export const SAVE_POLICY_YEAR = gql<{ savePolicyYear: PolicyYearRow }, { input: PolicyYearData }>`
  mutation SavePolicyYear($input: PolicyYearInput!) { savePolicyYear(input: $input) { ${FIELDS} } }
`;
