import { gql } from '@urql/vue';
import type { DecisionStepName } from '../model/decisionSteps';

/** The data of the two printable notices (决议公开, 实施结果公开). */
export interface ResolutionNoticeData {
  schemeId: string;
  version: number;
  valid: boolean;
  filed: boolean;
  villageCode: string;
  villageName: string;
  townshipName: string;
  countyName: string;
  year: number;
  lastYear: number;
  title: string;
  years: string;
  eligibility: string[];
  sections: { key: string; label: string; how: string; lines: string[] }[];
  limits: string[];
  notes: string[];
  resolved: boolean;
  decisionSteps: {
    step: DecisionStepName;
    date: string;
    attendance: { expected: number; present: number } | null;
    votes: { for: number; against: number; abstain: number } | null;
  }[];
}

export const RESOLUTION_NOTICE = gql<{ resolutionNotice: ResolutionNoticeData }, { schemeId: string; version: number | null }>`
  query ResolutionNotice($schemeId: ID!, $version: Int) {
    resolutionNotice(schemeId: $schemeId, version: $version) {
      schemeId version valid filed villageCode villageName townshipName countyName year lastYear title years
      eligibility sections { key label how lines } limits notes resolved
      decisionSteps { step date attendance { expected present } votes { for against abstain } }
    }
  }
`;

export interface ResultNoticeRow {
  name: string | null;
  idNumber: string;
  contribution: number | null;
  collective: number;
  donation: number;
  total: number;
  notes: string[];
}
export interface ResultNoticeData {
  settlementId: string;
  status: 'CONFIRMED' | 'ACCEPTED';
  supplementary: boolean;
  villageCode: string;
  villageName: string;
  townshipName: string;
  countyName: string;
  year: number;
  version: number | null;
  title: string;
  confirmedAt: string | null;
  membersSettled: number;
  rows: ResultNoticeRow[];
  totals: { people: number; contribution: number; collective: number; donation: number; total: number };
}

export const RESULT_NOTICE = gql<{ resultNotice: ResultNoticeData }, { settlementId: string }>`
  query ResultNotice($settlementId: ID!) {
    resultNotice(settlementId: $settlementId) {
      settlementId status supplementary villageCode villageName townshipName countyName year version title confirmedAt membersSettled
      rows { name idNumber contribution collective donation total notes }
      totals { people contribution collective donation total }
    }
  }
`;
