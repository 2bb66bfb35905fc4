/** A pool's condition: RULESET.md's condition format over the built-in facts, checked and evaluated as rules are. */
import { checkCondition } from '../checks/conditions.js';
import { createIssues } from '../checks/issues.js';
import type { FactTable } from '../checks/views.js';
import { compileCondition } from '../evaluate/condition.js';
import { factDay, memberFacts } from '../evaluate/facts.js';
import { factsOf } from '../facts.js';
import type { Issue, Member, TopCondition } from '../types.js';

/**
 * The issues of a pool's condition, with the very checks of a rule's `when` (BAD_CONDITION, UNKNOWN_FACT…),
 * paths under `path`. Only built-in facts: a pool spans villages whose own facts differ. Never throws.
 */
export function checkPoolCondition(condition: unknown, path = '/condition'): Issue[] {
  const issues = createIssues();
  const facts: FactTable = { known: factsOf([]), opaque: new Set(), declared: [] };
  checkCondition(issues, condition, path, '资助池', facts);
  return issues.errors;
}

/**
 * A predicate over members for a checked condition (null: everyone), compiled by the one evaluator
 * (evaluate/condition.ts); `age` is taken on the `ageAsOf` day of `year`.
 */
export function poolMatcher(condition: TopCondition | null, year: number, ageAsOf?: string): (m: Member) => boolean {
  if (condition === null) return () => true;
  const holds = compileCondition(condition);
  const day = factDay(year, ageAsOf);
  return (m) => holds(memberFacts(m, day));
}
