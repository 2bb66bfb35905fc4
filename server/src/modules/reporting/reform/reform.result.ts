/** What a reform simulation answers, before it is put in yuan for GraphQL (money in fen). */
import type { BudgetChange, ChangeCounts, ReformFigures, ReformIssue, TierMove } from '@cunce/rules';

export type ReformLevel = 'REGION' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

export interface ReformRow {
  level: ReformLevel;
  code: string;
  name: string;
  /** The county of a township, the township of a village; null for a county and the region. */
  parentCode: string | null;
  villages: number;
  /** Villages with a paying standard in the base year. */
  withStandard: number;
  before: ReformFigures;
  after: ReformFigures;
  movedMembers: number;
  /** Villages whose standard the draft makes invalid (an ERROR issue). */
  invalidVillages: number;
  /** Villages over their budget under the draft (REJECT: exceeded; PRORATE: prorated). */
  overBudgetVillages: number;
}

export interface VillageRef {
  villageCode: string;
  villageName: string;
  countyName: string;
  townshipName: string;
}

export interface ReformResult {
  baseYear: number;
  draftYear: number;
  scopeName: string;
  countyCode: string | null;
  total: ReformRow;
  rows: ReformRow[];
  issues: (VillageRef & ReformIssue)[];
  budgets: (VillageRef & BudgetChange)[];
  moves: TierMove[];
  collectiveChanges: ChangeCounts;
  accountCreditChanges: ChangeCounts;
  /** Distinct standards checked against the draft (equal standards are checked once). */
  standardsChecked: number;
}
