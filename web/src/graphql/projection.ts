import { gql } from '@urql/vue';
import { MEMBER_INPUT_FIELDS } from './memberFields';
import type {
  ProjectionMemberInput as MemberInputAnswer,
  ProjectionQuery,
  ProjectionQueryVariables,
  ProjectionVillageQuery,
  ProjectionVillageQueryVariables,
} from './generated';
import type { RuleSet } from '@cunce/rules';
import type { RosterMember } from './scheme';

/** The personal-account projection (server/src/modules/projection): no login, nothing stored is read. */

export type { ProjectionAssumptionsInput } from './generated';
/** The member as the editor's form sends it: every field filled (the contract defaults the donation to 0). */
export type ProjectionMemberInput = Required<MemberInputAnswer>;

export type ProjectionData = ProjectionQuery['projection'];
export type ProjectionPath = ProjectionData['withCollective'];
export type ProjectionYear = ProjectionPath['years'][number];

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

type VillageAnswer = NonNullable<ProjectionVillageQuery['village']>;
type SchemeAnswer = NonNullable<VillageAnswer['scheme']>;
/** A version of the standard; its rule set is the rules' RuleSet (JSON in the contract). */
type StandardVersion = { version: number; ruleSet: RuleSet };
export type ProjectionVillage = Omit<VillageAnswer, 'scheme' | 'roster'> & {
  scheme:
    | (Omit<SchemeAnswer, 'filedVersion' | 'currentVersion'> & {
        filedVersion: StandardVersion | null;
        currentVersion: StandardVersion | null;
      })
    | null;
  roster: RosterMember[];
};

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
        ${MEMBER_INPUT_FIELDS}
      }
    }
  }
`;
