import { gql } from '@urql/vue';
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
}
export const ROSTER = gql<RosterQuery, RosterQueryVariables>`
  query Roster($code: String!, $year: Int!) {
    village(code: $code) {
      code
      roster(year: $year) {
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
      }
    }
  }
`;
