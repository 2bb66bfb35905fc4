import { gql } from '@urql/vue';
import type { DashboardQuery, DashboardQueryVariables, SchemeStatus } from './generated';

/** A scheme status (the dashboard's rows and filters). */
export type SchemeStatusKey = SchemeStatus;

export type DashboardData = DashboardQuery['dashboard'];
export type DashboardRow = DashboardData['rows'][number];
/** Figures of a county, village or the whole scope (money in yuan). */
export type DashboardFigures = DashboardData['totals'];
export type MembersAndMoney = DashboardFigures['posted'];

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
