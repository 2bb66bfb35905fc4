import type { Condition, Member, RuleSet, SectionOutcome } from './types.js';
import { factGetter, type FactDay, type Facts } from './evaluateFacts.js';
import { OPERATORS, isPresentFactValue } from './evaluateOperators.js';
import { evaluateSections } from './evaluateSections.js';

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

/** Sections of one member: their amounts (fen, shared and frozen between equal members), raw, and age. */
export interface SectionsResult {
  sections: readonly SectionOutcome[];
  raw: number;
}

/**
 * The fast path for rosters: reads only the facts the rule set uses, and evaluates each distinct combination
 * of their values once (members share few), with the compiled conditions and the shared hit-policy code.
 */
export function compileSections(ruleSet: RuleSet, day: FactDay): (m: Member) => SectionsResult {
  const compiled = ruleSet.sections.map((s) => s.rules.map((r) => compileCondition(r.when)));
  const names = factsRead(ruleSet);
  const getters = names.map(factGetter);
  const memo = new Map<string, SectionsResult>();
  return (m) => {
    const facts: Facts = {};
    let key = '';
    for (let i = 0; i < names.length; i++) {
      const v = getters[i](m, day);
      facts[names[i]] = v;
      key += (typeof v === 'object' && v !== null ? JSON.stringify(v) : typeof v === 'string' ? JSON.stringify(v) : String(v)) + '|';
    }
    let hit = memo.get(key);
    if (!hit) {
      const sections = evaluateSections(ruleSet, facts, (s, r) => compiled[s][r](facts));
      sections.forEach((s) => Object.freeze(s.ruleIds) && Object.freeze(s));
      hit = Object.freeze({ sections: Object.freeze(sections), raw: sections.reduce((sum, s) => sum + s.amount, 0) });
      if (memo.size < 100_000) memo.set(key, hit);
    }
    return hit;
  };
}
