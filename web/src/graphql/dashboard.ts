import { gql } from '@urql/vue';
import type {
  DashboardCountiesQuery,
  DashboardCountiesQueryVariables,
  DashboardLevel,
  DashboardQuery,
  DashboardQueryVariables,
} from './generated';

export type SchemeStatusKey = 'DRAFT' | 'SUBMITTED' | 'FILED' | 'SUSPENDED';

export interface MembersAndMoney {
  members: number;
  collective: number;
}

/** Figures of a county, village or the whole scope (money in yuan). */
export interface DashboardFigures {
  villages: number;
  schemes: { draft: number; submitted: number; filed: number; suspended: number; none: number };
  payingVillages: number;
  rosterMembers: number;
  settledVillages: number;
  settledMembers: number;
  coveredMembers: number;
  collectivePaid: number;
  averagePerCovered: number | null;
  posted: MembersAndMoney;
  rejected: MembersAndMoney;
  budgetedVillages: number;
  budget: number | null;
  budgetedCollective: number;
  budgetUse: number | null;
  drafts: MembersAndMoney & { villages: number };
}

export interface DashboardRow {
  level: DashboardLevel;
  code: string;
  name: string;
  townshipName: string | null;
  schemeStatus: SchemeStatusKey | null;
  figures: DashboardFigures;
}

export interface DashboardData {
  year: number;
  level: DashboardLevel;
  code: string | null;
  name: string;
  totals: DashboardFigures;
  rows: DashboardRow[];
}

const FIGURES = `villages schemes { draft submitted filed suspended none } payingVillages rosterMembers settledVillages settledMembers
  coveredMembers collectivePaid averagePerCovered posted { members collective } rejected { members collective }
  budgetedVillages budget budgetedCollective budgetUse drafts { villages members collective }`;

export const DASHBOARD = gql<DashboardQuery, DashboardQueryVariables>`
  query Dashboard($year: Int!, $countyCode: String) {
    dashboard(year: $year, countyCode: $countyCode) {
      year level code name
      totals { ${FIGURES} }
      rows { level code name townshipName schemeStatus figures { ${FIGURES} } }
    }
  }
`;

/** The counties for the region-wide user's county picker (without their townships and villages). */
export const DASHBOARD_COUNTIES = gql<DashboardCountiesQuery, DashboardCountiesQueryVariables>`
  query DashboardCounties {
    counties {
      code
      name
    }
  }
`;
