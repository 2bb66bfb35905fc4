import { gql } from '@urql/vue';
import type { PolicyYearListQuery, PolicyYearListQueryVariables, PolicyYearQuery, PolicyYearQueryVariables } from './generated';

export type PolicyYearData = NonNullable<PolicyYearQuery['policyYear']>;

export const POLICY_YEAR = gql<PolicyYearQuery, PolicyYearQueryVariables>`
  query PolicyYear($year: Int!) {
    policyYear(year: $year) {
      year
      hardshipTierCategories
      backPayEarnsSubsidy
      tiers {
        amount
        governmentSubsidy
        hardshipOnly
      }
    }
  }
`;

/** The years the region has policy figures for (the year pickers offer these). */
export const POLICY_YEAR_LIST = gql<PolicyYearListQuery, PolicyYearListQueryVariables>`
  query PolicyYearList {
    policyYears {
      year
    }
  }
`;
