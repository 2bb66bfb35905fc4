import { gql } from '@urql/vue';

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
  level: 'COUNTY' | 'VILLAGE';
  code: string;
  name: string;
  townshipName: string | null;
  schemeStatus: SchemeStatusKey | null;
  figures: DashboardFigures;
}

export interface DashboardData {
  year: number;
  level: 'REGION' | 'COUNTY' | 'TOWNSHIP';
  code: string | null;
  name: string;
  totals: DashboardFigures;
  rows: DashboardRow[];
}

const FIGURES = `villages schemes { draft submitted filed suspended none } payingVillages rosterMembers settledVillages settledMembers
  coveredMembers collectivePaid averagePerCovered posted { members collective } rejected { members collective }
  budgetedVillages budget budgetedCollective budgetUse drafts { villages members collective }`;

export const DASHBOARD = gql<{ dashboard: DashboardData }, { year: number; countyCode: string | null }>`
  query Dashboard($year: Int!, $countyCode: String) {
    dashboard(year: $year, countyCode: $countyCode) {
      year level code name
      totals { ${FIGURES} }
      rows { level code name townshipName schemeStatus figures { ${FIGURES} } }
    }
  }
`;

/** The counties for the region-wide user's county picker (without their townships and villages). */
export const DASHBOARD_COUNTIES = gql<{ counties: { code: string; name: string }[] }>`
  query DashboardCounties {
    counties {
      code
      name
    }
  }
`;
