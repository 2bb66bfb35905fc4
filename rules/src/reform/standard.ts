/**
 * What a draft year does to a village's standard (issue 15): the standard is checked for the base year and for the
 * draft year alone (the one validator, without its test cases, which belong to the years they were written for),
 * and every issue the draft adds is kept: an error (e.g. CAP_ABOVE_REGION_MAX, a person cap above the new cap), a
 * rule that can now pay above the cap (ABOVE_REGION_MAX), a table no longer 多缴多得 (NOT_MONOTONE); and every
 * rule whose condition names a tier the draft removed (TIER_REMOVED).
 */
import type { Issue, PolicySource, PolicyYear, RuleSet } from '../types.js';
import { validateRuleSet } from '../validate.js';
import { removedTierIssues, ruleIdAt } from './removedTiers.js';
import { withDraft } from './source.js';
import type { ReformIssue } from './types.js';

/** Issues the draft year adds to the standard, errors first. */
export function draftIssues(ruleSet: RuleSet, baseYear: number, stored: PolicySource, draft: PolicyYear): ReformIssue[] {
  const before = issuesFor(ruleSet, baseYear, stored);
  const known = new Set([...before.errors, ...before.warnings].map(keyOf));
  const after = issuesFor(ruleSet, draft.year, withDraft(stored, draft));
  const fresh = (list: Issue[], severity: ReformIssue['severity']) =>
    list.filter((i) => !known.has(keyOf(i))).map((i) => ({ ...i, severity, ruleId: ruleIdAt(ruleSet, i.path) }));
  const basePolicy = stored(baseYear);
  const removed = basePolicy ? removedTierIssues(ruleSet, basePolicy, draft) : [];
  const byRank = (i: ReformIssue) => (i.severity === 'ERROR' ? 0 : 1);
  return [...fresh(after.errors, 'ERROR'), ...removed, ...fresh(after.warnings, 'WARNING')].sort((a, b) => byRank(a) - byRank(b));
}

function issuesFor(ruleSet: RuleSet, year: number, source: PolicySource) {
  const { tests: _tests, ...standard } = ruleSet;
  return validateRuleSet({ ...standard, year, lastYear: year }, source);
}

/** An issue's identity across the two years: its code and place (the messages name the year). */
const keyOf = (i: Issue) => `${i.code} ${i.path}`;
