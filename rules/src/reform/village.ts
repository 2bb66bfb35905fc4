/**
 * One village's reform (issue 15): its stored roster evaluated with its paying standard for the base year, and again
 * as the draft year would see it (the standard's lastYear reaching the draft year, contributions on removed tiers
 * moved), both through the one evaluator. A village without a paying standard is evaluated as settlement does
 * (SCHEME_NOT_ACTIVE: no collective money; donations and the government subsidy as usual).
 */
import { evaluateRoster, type RosterResult } from '../evaluate/roster.js';
import { fromYuan, type Fen } from '../money.js';
import type { Member, PolicySource, PolicyYear, RuleSet } from '../types.js';
import { carryMembers } from './carry.js';
import { countChanges, figuresOf } from './figures.js';
import { carriedRuleSet, withDraft } from './source.js';
import { draftIssues } from './standard.js';
import type { BudgetChange, BudgetState, ReformIssue, VillageReform } from './types.js';

export interface ReformYears {
  baseYear: number;
  /** The stored policy years. */
  stored: PolicySource;
  draft: PolicyYear;
}

/**
 * `issues` may be given when the caller has already worked them out for an equal standard (they depend on the
 * standard and the years only, not on the roster).
 */
export async function reformVillage(
  ruleSet: RuleSet | null,
  members: readonly Member[],
  years: ReformYears,
  issues?: ReformIssue[],
): Promise<VillageReform> {
  const { baseYear, stored, draft } = years;
  const active = ruleSet !== null;
  const before = await evaluateRoster(ruleSet, members, stored, { year: baseYear, schemeActive: active });
  const carried = carryMembers(members, draft);
  const draftSource = withDraft(stored, draft);
  const draftRuleSet = ruleSet && carriedRuleSet(ruleSet, draft.year);
  const after = await evaluateRoster(draftRuleSet, carried.members, draftSource, { year: draft.year, schemeActive: active });
  return {
    hasStandard: active,
    before: figuresOf(before.totals, before.outcomes),
    after: figuresOf(after.totals, after.outcomes),
    moves: carried.moves,
    issues: issues ?? (ruleSet ? draftIssues(ruleSet, baseYear, stored, draft) : []),
    budget: ruleSet?.budget === undefined ? null : budgetChange(ruleSet, before, after),
    collectiveChanges: countChanges(new Map(), before.outcomes, after.outcomes, 'collective'),
    accountCreditChanges: countChanges(new Map(), before.outcomes, after.outcomes, 'accountCredit'),
  };
}

function budgetChange(ruleSet: RuleSet, before: RosterResult, after: RosterResult): BudgetChange {
  return {
    budgetFen: fromYuan(ruleSet.budget!) ?? (0 as Fen),
    overBudget: ruleSet.overBudget ?? 'REJECT',
    before: budgetState(before),
    after: budgetState(after),
  };
}

/** The budget step's result and what the eligible members would get without it (before any proration). */
function budgetState(result: RosterResult): BudgetState {
  return { wantedFen: result.wantedFen ?? result.totals.collective, exceeded: result.budgetExceeded, prorateFactor: result.prorateFactor };
}
