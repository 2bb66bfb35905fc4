import { gql } from '@urql/vue';
import type { ProjectionQuery, ProjectionQueryVariables, ProjectionVillageQuery, ProjectionVillageQueryVariables } from './generated';
import type { RuleSet } from '@cunce/rules';
import type { RosterMember } from './scheme';

/** The personal-account projection (server/src/modules/projection): no login, nothing stored is read. */

export interface ProjectionMemberInput {
  year: number;
  birthDate: string;
  contributionYears: number;
  balance: number;
  contribution: number;
  governmentSubsidy: number;
  collective: number;
  donation: number;
}

export interface ProjectionAssumptionsInput {
  futureInterestRate?: number;
  futureContribution?: number;
  futureGovernmentSubsidy?: number;
  futureCollective?: number;
  futureDonation?: number;
}

export interface ProjectionYear {
  year: number;
  age: number;
  interestRate: number;
  start: number;
  interest: number;
  credit: number;
  end: number;
}

export interface ProjectionPath {
  years: ProjectionYear[];
  balance: number;
  accountMonthly: number;
  monthlyPension: number;
}

export interface ProjectionData {
  year: number;
  lastYear: number;
  pensionAge: number;
  contributionYears: number;
  basicPensionMonthly: number;
  ageExtraMonthly: number;
  longContributionExtraMonthly: number;
  interestRates: { year: number; rate: number }[];
  futureInterestRate: number | null;
  withCollective: ProjectionPath;
  withoutCollective: ProjectionPath;
}

const PATH = 'balance accountMonthly monthlyPension years { year age interestRate start interest credit end }';

export const PROJECTION = gql<ProjectionQuery, ProjectionQueryVariables>`
  query Projection($member: ProjectionMemberInput!, $assumptions: ProjectionAssumptionsInput) {
    projection(member: $member, assumptions: $assumptions) {
      year lastYear pensionAge contributionYears basicPensionMonthly ageExtraMonthly longContributionExtraMonthly
      interestRates { year rate } futureInterestRate
      withCollective { ${PATH} }
      withoutCollective { ${PATH} }
    }
  }
`;

export interface ProjectionVillage {
  code: string;
  name: string;
  scheme: {
    status: string;
    filedVersion: { version: number; ruleSet: RuleSet } | null;
    currentVersion: { version: number; ruleSet: RuleSet } | null;
  } | null;
  roster: RosterMember[];
}

/** A village's roster and standard for the year, to fill the projection from a member. */
export const PROJECTION_VILLAGE = gql<ProjectionVillageQuery, ProjectionVillageQueryVariables>`
  query ProjectionVillage($code: String!, $year: Int!) {
    village(code: $code) {
      code
      name
      scheme(year: $year) {
        id
        status
        filedVersion {
          version
          ruleSet
        }
        currentVersion {
          version
          ruleSet
        }
      }
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
