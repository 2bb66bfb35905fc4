/** What a policy reform simulation computes (issue 15): figures before and after, in integer fen. */
import type { Fen } from '../money.js';
import type { OverBudget } from '../types.js';

/** A village's (or an area's) figures for one evaluation; money in fen. */
export interface ReformFigures {
  /** Members on the roster. */
  members: number;
  /** Members who receive collective money (collective > 0). */
  paid: number;
  contribution: Fen;
  collective: Fen;
  donation: Fen;
  governmentSubsidy: Fen;
  accountCredit: Fen;
}

/** Members whose current-year tier is not in the draft, moved to the nearest draft tier. */
export interface TierMove {
  fromFen: Fen;
  toFen: Fen;
  members: number;
}

/** Something in a village's standard that the draft makes invalid or changes (rule, reason, fix). */
export interface ReformIssue {
  /** A validation code (CAP_ABOVE_REGION_MAX, ABOVE_REGION_MAX, NOT_MONOTONE, …) or TIER_REMOVED. */
  code: string;
  /** ERROR: the standard would not validate for the draft year, or a rule names a tier that is gone. */
  severity: 'ERROR' | 'WARNING';
  /** JSON pointer into the standard. */
  path: string;
  /** The rule's id, when the issue is at a rule. */
  ruleId: string | null;
  message: string;
}

/** The budget step of one evaluation. */
export interface BudgetState {
  /** Eligible members' collective amounts before the budget step. */
  wantedFen: Fen;
  /** REJECT and over the budget: the settlement could not be confirmed. */
  exceeded: boolean;
  /** PRORATE and over the budget: budget ÷ wanted to 6 decimals. */
  prorateFactor: number | null;
}

export interface BudgetChange {
  budgetFen: Fen;
  overBudget: OverBudget;
  before: BudgetState;
  after: BudgetState;
}

/** How many members changed by each amount (fen, after − before). */
export type ChangeCounts = Map<number, number>;

/** One village's reform: both evaluations of its stored roster, what moved, what its standard now breaks. */
export interface VillageReform {
  hasStandard: boolean;
  before: ReformFigures;
  after: ReformFigures;
  moves: TierMove[];
  issues: ReformIssue[];
  /** Null when the standard sets no budget. */
  budget: BudgetChange | null;
  collectiveChanges: ChangeCounts;
  accountCreditChanges: ChangeCounts;
}
