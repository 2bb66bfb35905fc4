/** The draft year as a policy source, and a standard carried to it ("as if its lastYear reached the draft year"). */
import type { PolicySource, PolicyYear, RuleSet } from '../types.js';

/** The stored years with the draft in place of (or beside) its year. */
export function withDraft(stored: PolicySource, draft: PolicyYear): PolicySource {
  return (year) => (year === draft.year ? draft : stored(year));
}

const carried = new WeakMap<RuleSet, Map<number, RuleSet>>();

/**
 * The standard with its `lastYear` reaching `year` (a standard already covering it is returned as it is). The same
 * object for the same standard and year, so that the evaluator's compiled plan of it is reused from village to
 * village (it is cached by the rule set object).
 */
export function carriedRuleSet(ruleSet: RuleSet, year: number): RuleSet {
  const last = ruleSet.lastYear ?? ruleSet.year;
  if (last >= year) return ruleSet;
  let byYear = carried.get(ruleSet);
  if (!byYear) carried.set(ruleSet, (byYear = new Map()));
  let doc = byYear.get(year);
  if (!doc) byYear.set(year, (doc = { ...ruleSet, lastYear: year }));
  return doc;
}
