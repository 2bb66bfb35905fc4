import { gql } from '@urql/vue';
import type {
  ReformExportQuery,
  ReformExportQueryVariables,
  ReformProgressQuery,
  ReformProgressQueryVariables,
  ReformQuery,
  ReformQueryVariables,
} from './generated';
import type { PolicyYearData } from './policy';

/** The policy reform simulation (issue 15): a draft policy year against a base year, over the stored rosters. */

export type ReformData = ReformQuery['reformSimulation'];
export type ReformRow = ReformData['total'];
export type ReformFigures = ReformRow['before'];
export type ReformIssue = ReformData['issues'][number];
export type ReformBudget = ReformData['budgets'][number];
export type ReformBudgetState = ReformBudget['before'];
export type ChangeBucket = ReformData['collectiveChanges'][number];

/** What the simulation is asked: a draft policy year against a base year, in a county or the region. */
export interface ReformArgs {
  draft: PolicyYearData;
  baseYear: number;
  countyCode: string | null;
}

const FIGURES = 'members paid contribution collective donation governmentSubsidy accountCredit';
const ROW = `level code name parentCode villages withStandard movedMembers invalidVillages overBudgetVillages before { ${FIGURES} } after { ${FIGURES} }`;
const STATE = 'wanted exceeded prorateFactor';

export const REFORM = gql<ReformQuery, ReformQueryVariables>`
  query Reform($draft: PolicyYearInput!, $baseYear: Int!, $countyCode: String, $runId: String) {
    reformSimulation(draft: $draft, baseYear: $baseYear, countyCode: $countyCode, runId: $runId) {
      baseYear draftYear scopeName total { ${ROW} } rows { ${ROW} }
      issues { villageCode villageName countyName townshipName code severity ruleId path message }
      budgets { villageCode villageName countyName townshipName budget overBudget before { ${STATE} } after { ${STATE} } }
      moves { from to members }
      collectiveChanges { from to members }
      accountCreditChanges { from to members }
    }
  }
`;

export const REFORM_PROGRESS = gql<ReformProgressQuery, ReformProgressQueryVariables>`
  query ReformProgress($runId: String!) {
    reformProgress(runId: $runId) {
      villages
      done
    }
  }
`;

export const REFORM_EXPORT = gql<ReformExportQuery, ReformExportQueryVariables>`
  query ReformExport($draft: PolicyYearInput!, $baseYear: Int!, $countyCode: String) {
    reformSimulationExport(draft: $draft, baseYear: $baseYear, countyCode: $countyCode) {
      fileName
      mimeType
      base64
    }
  }
`;
