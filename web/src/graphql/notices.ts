import { gql } from '@urql/vue';
import type {
  DisclosableSettlementsQuery,
  DisclosableSettlementsQueryVariables,
  ResolutionNoticeQuery,
  ResolutionNoticeQueryVariables,
  ResultNoticeQuery,
  ResultNoticeQueryVariables,
} from './generated';

/** The data of the two printable notices (决议公开, 实施结果公开). */
export type ResolutionNoticeData = NonNullable<ResolutionNoticeQuery['resolutionNotice']>;

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

export type ResultNoticeData = NonNullable<ResultNoticeQuery['resultNotice']>;
export type ResultNoticeRow = ResultNoticeData['rows'][number];

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
export type DisclosableSettlement = NonNullable<DisclosableSettlementsQuery['village']>['settlements'][number];

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
