import { gql } from '@urql/vue';
import { query } from './client';
import { allPages, PAGE_FIELDS, type Connection } from './paging';
import type {
  SaveRuleSetMutation,
  SaveRuleSetMutationVariables,
  VersionRuleSetsQuery,
  VersionRuleSetsQueryVariables,
  VillageSchemeQuery,
  VillageSchemeQueryVariables,
} from './generated';
import type { MemberInput, RuleSet } from '@cunce/rules';
import type { DecisionStepName } from '../model/decisionSteps';
import { DOCUMENT_FIELDS, type StepDocumentData } from './documents';

export interface VersionSummary {
  version: number;
  createdAt: string;
  createdBy: string | null;
  validation: { valid: boolean };
}
export interface VersionFull extends VersionSummary {
  ruleSet: RuleSet;
}
export interface DecisionStepData {
  id: string;
  step: DecisionStepName;
  date: string;
  note: string | null;
  attendance: { expected: number; present: number } | null;
  votes: { for: number; against: number; abstain: number } | null;
  /** 实施结果公开: the confirmed settlement whose result list was disclosed. */
  settlementId: string | null;
  documents: StepDocumentData[];
}
export interface ReceiptData {
  department: 'TOWNSHIP' | 'COUNTY_HRSS' | 'COUNTY_AGRICULTURE';
  user: string;
  at: string;
  kind: 'FILING' | 'SUSPENSION';
  outcome: 'ACKNOWLEDGED' | 'RETURNED';
  reason: string | null;
  version: number;
}
export interface SchemeData {
  id: string;
  year: number;
  lastYear: number | null;
  status: string;
  returnReason: string | null;
  filedVersion: { version: number } | null;
  currentVersion: VersionFull | null;
  versions: VersionSummary[];
  decisionSteps: DecisionStepData[];
  filingReceipts: ReceiptData[];
  suspension: { reason: string; effectiveDate: string; createdBy: string; createdAt: string } | null;
}
export interface VillageData {
  code: string;
  name: string;
  provisional: boolean;
  scheme: SchemeData | null;
}

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

export interface RosterMember extends MemberInput {
  idNumber: string;
  /** The generated sample imported for practice (演示数据). */
  practice?: boolean;
}
export const ROSTER = gql<
  { village: { code: string; rosterConnection: Connection<RosterMember> } | null },
  { code: string; year: number; first: number; after: string | null }
>`
  query Roster($code: String!, $year: Int!, $first: Int!, $after: String) {
    village(code: $code) {
      code
      rosterConnection(year: $year, first: $first, after: $after) {
        ${PAGE_FIELDS}
        nodes {
        idNumber
        name
        isCollectiveMember
        contribution
        paymentType
        proxyPaid
        hardship
        contributionYears
        householdElderly
        householdChildren
        donation
        priorCredit
        custom
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
