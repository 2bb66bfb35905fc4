import { gql } from '@urql/vue';
import type {
  DisclosableSettlementsQuery,
  DisclosableSettlementsQueryVariables,
  ResolutionNoticeQuery,
  ResolutionNoticeQueryVariables,
  ResultNoticeQuery,
  ResultNoticeQueryVariables,
  SettlementStatus,
} from './generated';
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

export const RESOLUTION_NOTICE = gql<ResolutionNoticeQuery, ResolutionNoticeQueryVariables>`
  query ResolutionNotice($schemeId: ID!, $version: Int) {
    resolutionNotice(schemeId: $schemeId, version: $version) {
      schemeId
      version
      valid
      filed
      villageCode
      villageName
      townshipName
      countyName
      year
      lastYear
      title
      years
      eligibility
      sections {
        key
        label
        how
        lines
      }
      limits
      notes
      resolved
      decisionSteps {
        step
        date
        attendance {
          expected
          present
        }
        votes {
          for
          against
          abstain
        }
      }
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
  status: SettlementStatus;
  supplementary: boolean;
  villageCode: string;
  villageName: string;
  townshipName: string;
  countyName: string;
  year: number;
  version: number | null;
  title: string;
  confirmedAt: string | null;
  /** The day 实施结果公开 naming this settlement was recorded, if it was. */
  disclosedOn: string | null;
  membersSettled: number;
  rows: ResultNoticeRow[];
  totals: { people: number; contribution: number; collective: number; donation: number; total: number };
}

export const RESULT_NOTICE = gql<ResultNoticeQuery, ResultNoticeQueryVariables>`
  query ResultNotice($settlementId: ID!) {
    resultNotice(settlementId: $settlementId) {
      settlementId
      status
      supplementary
      villageCode
      villageName
      townshipName
      countyName
      year
      version
      title
      confirmedAt
      disclosedOn
      membersSettled
      rows {
        name
        idNumber
        contribution
        collective
        donation
        total
        notes
      }
      totals {
        people
        contribution
        collective
        donation
        total
      }
    }
  }
`;

/** A settlement a 实施结果公开 may disclose (the confirmed ones of the village's year), for the cadre to pick. */
export interface DisclosableSettlement {
  id: string;
  status: 'DRAFT' | 'CONFIRMED' | 'ACCEPTED';
  supplementary: boolean;
  confirmedAt: string | null;
  totals: { members: number; collective: number; donation: number };
}

export const DISCLOSABLE_SETTLEMENTS = gql<DisclosableSettlementsQuery, DisclosableSettlementsQueryVariables>`
  query DisclosableSettlements($code: String!, $year: Int!) {
    village(code: $code) {
      code
      settlements(year: $year) {
        id
        status
        supplementary
        confirmedAt
        totals {
          members
          collective
          donation
        }
      }
    }
  }
`;
