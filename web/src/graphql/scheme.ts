import { gql } from '@urql/vue';
import { MEMBER_INPUT_FIELDS } from './memberFields';
import { query } from './client';
import { allPages, PAGE_FIELDS } from './paging';
import type {
  RosterQuery,
  RosterQueryVariables,
  SaveRuleSetMutation,
  SaveRuleSetMutationVariables,
  VersionRuleSetsQuery,
  VersionRuleSetsQueryVariables,
  VillageSchemeQuery,
  VillageSchemeQueryVariables,
} from './generated';
import type { MemberInput, RuleSet } from '@cunce/rules';
import { DOCUMENT_FIELDS } from './documents';

type SchemeAnswer = NonNullable<NonNullable<VillageSchemeQuery['village']>['scheme']>;
export type VersionSummary = SchemeAnswer['versions'][number];
/** A version with its rule set (the rules' RuleSet; JSON in the contract). */
export type VersionFull = VersionSummary & { ruleSet: RuleSet };
export type DecisionStepData = SchemeAnswer['decisionSteps'][number];
export type ReceiptData = SchemeAnswer['filingReceipts'][number];
export type SchemeData = Omit<SchemeAnswer, 'currentVersion'> & { currentVersion: VersionFull | null };
export type VillageData = Omit<NonNullable<VillageSchemeQuery['village']>, 'scheme'> & { scheme: SchemeData | null };

const SCHEME_FIELDS = `
  id year lastYear status returnReason
  filedVersion { version }
  currentVersion { version ruleSet createdAt createdBy validation { valid } }
  versions { version createdAt createdBy validation { valid } }
  decisionSteps { id step date note attendance { expected present } votes { for against abstain } settlementId documents { ${DOCUMENT_FIELDS} } }
  filingReceipts { department user at kind outcome reason version }
  suspension { reason effectiveDate createdBy createdAt }
`;

export const VILLAGE_SCHEME = gql<VillageSchemeQuery, VillageSchemeQueryVariables>`
  query VillageScheme($code: String!, $year: Int!) {
    village(code: $code) { code name provisional scheme(year: $year) { ${SCHEME_FIELDS} } }
  }
`;

export const VERSION_RULESET = gql<VersionRuleSetsQuery, VersionRuleSetsQueryVariables>`
  query VersionRuleSets($code: String!, $year: Int!) {
    village(code: $code) {
      code
      scheme(year: $year) {
        id
        versions {
          version
          ruleSet
          createdAt
          createdBy
          validation {
            valid
          }
        }
      }
    }
  }
`;

export const SAVE_RULE_SET = gql<SaveRuleSetMutation, SaveRuleSetMutationVariables>`
  mutation SaveRuleSet($villageCode: String!, $year: Int!, $ruleSet: JSON!, $expectedVersion: Int) {
    saveRuleSet(villageCode: $villageCode, year: $year, ruleSet: $ruleSet, expectedVersion: $expectedVersion) {
      version
    }
  }
`;

/** A member of the editor's working copy of the roster (what the roster query reads and importMembers takes). */
export interface RosterMember extends MemberInput {
  idNumber: string;
  /** The generated sample imported for practice (演示数据). */
  practice?: boolean;
}
export const ROSTER = gql<RosterQuery, RosterQueryVariables>`
  query Roster($code: String!, $year: Int!, $first: Int!, $after: String) {
    village(code: $code) {
      code
      rosterConnection(year: $year, first: $first, after: $after) {
        ${PAGE_FIELDS}
        nodes {
        ${MEMBER_INPUT_FIELDS}
        practice
        }
      }
    }
  }
`;

/** The whole roster of a village for a year, page after page (the editor works on all of it). */
export async function readRoster(code: string, year: number): Promise<RosterMember[]> {
  const empty = { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
  return allPages(async (first, after) => (await query(ROSTER, { code, year, first, after })).village?.rosterConnection ?? empty);
}
