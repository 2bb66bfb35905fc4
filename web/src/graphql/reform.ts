import { gql } from '@urql/vue';
import type {
  ReformCountiesQuery,
  ReformCountiesQueryVariables,
  ReformExportQuery,
  ReformExportQueryVariables,
  ReformProgressQuery,
  ReformProgressQueryVariables,
  ReformQuery,
  ReformQueryVariables,
} from './generated';
import type { PolicyYearData } from './policy';

/** The policy reform simulation (issue 15): a draft policy year against a base year, over the stored rosters. */

export interface ReformFigures {
  members: number;
  paid: number;
  contribution: number;
  collective: number;
  donation: number;
  governmentSubsidy: number;
  accountCredit: number;
}

export interface ReformRow {
  level: 'REGION' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';
  code: string;
  name: string;
  parentCode: string | null;
  villages: number;
  withStandard: number;
  movedMembers: number;
  invalidVillages: number;
  overBudgetVillages: number;
  before: ReformFigures;
  after: ReformFigures;
}

export interface ReformIssue {
  villageCode: string;
  villageName: string;
  countyName: string;
  townshipName: string;
  code: string;
  /** ERROR or WARNING (a String in the contract). */
  severity: string;
  ruleId: string | null;
  path: string;
  message: string;
}

export interface ReformBudgetState {
  wanted: number;
  exceeded: boolean;
  prorateFactor: number | null;
}

export interface ReformBudget {
  villageCode: string;
  villageName: string;
  countyName: string;
  townshipName: string;
  budget: number;
  /** REJECT or PRORATE (a String in the contract). */
  overBudget: string;
  before: ReformBudgetState;
  after: ReformBudgetState;
}

export interface ChangeBucket {
  from: number;
  to: number;
  members: number;
}

export interface ReformData {
  baseYear: number;
  draftYear: number;
  scopeName: string;
  total: ReformRow;
  rows: ReformRow[];
  issues: ReformIssue[];
  budgets: ReformBudget[];
  moves: { from: number; to: number; members: number }[];
  collectiveChanges: ChangeBucket[];
  accountCreditChanges: ChangeBucket[];
}

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

export const REFORM_COUNTIES = gql<ReformCountiesQuery, ReformCountiesQueryVariables>`
  query ReformCounties {
    counties {
      code
      name
    }
  }
`;
