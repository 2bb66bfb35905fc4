import type { Condition, RuleSet } from './types.js';
import type { Facts } from './evaluateFacts.js';
import { OPERATORS, isPresentFactValue } from './evaluateOperators.js';

export type Predicate = (facts: Facts) => boolean;

/**
 * Compiles a rule's `when` into a plain function with exactly json-rules-engine's semantics as used here:
 * `all` of nothing and `any` of nothing both hold (json-rules-engine's prioritizeAndRun returns true for an
 * empty list), `not` inverts, leaves use the shared operators with the absent-fact rule.
 */
export function compileCondition(condition: Condition): Predicate {
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    return (f) => parts.every((p) => p(f));
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileCondition);
    if (parts.length === 0) return () => true;
    return (f) => parts.some((p) => p(f));
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not);
    return (f) => !inner(f);
  }
  const { fact, operator, value } = condition;
  const op = OPERATORS[operator];
  if (!op) return () => false;
  return (f) => {
    const v = f[fact];
    return isPresentFactValue(v) && op(v, value);
  };
}

/** Every rule of every section compiled, in document order. */
export function compileRuleSet(ruleSet: RuleSet): Predicate[][] {
  return ruleSet.sections.map((s) => s.rules.map((r) => compileCondition(r.when)));
}

/** The facts the rule set's conditions and amounts read, so equal members can share one evaluation. */
export function factsRead(ruleSet: RuleSet): string[] {
  const names = new Set<string>();
  const walk = (c: Condition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else names.add(c.fact);
  };
  for (const s of ruleSet.sections) {
    for (const r of s.rules) {
      walk(r.when);
      if ('rate' in r.amount) names.add(r.amount.of);
    }
  }
  return [...names].sort();
}
