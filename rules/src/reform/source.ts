/** The draft year as a policy source, and a standard carried to it ("as if its lastYear reached the draft year"). */
import type { PolicySource, PolicyYear, RuleSet } from '../types.js';

/** The stored years with the draft in place of (or beside) its year. */
export function withDraft(stored: PolicySource, draft: PolicyYear): PolicySource {
  return (year) => (year === draft.year ? draft : stored(year));
}

/** The standard with its `lastYear` reaching `year` (a standard already covering it is returned as it is). */
export function carriedRuleSet(ruleSet: RuleSet, year: number): RuleSet {
  const last = ruleSet.lastYear ?? ruleSet.year;
  return last >= year ? ruleSet : { ...ruleSet, lastYear: year };
}
