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

/** A fact value as a memo key: primitives as they are, a list (hardship) by its joined items. */
function keyOf(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  return v.length === 0 ? '\u0000' : `\u0000${v.join(',')}`;
}

/** Sections of one member: their amounts (fen), shared and frozen between members with equal facts. */
export interface SectionsResult {
  sections: readonly SectionOutcome[];
  raw: number;
}

type Memo = Map<unknown, Memo | SectionsResult>;

/**
 * The fast path for rosters: reads only the facts the rule set uses, and evaluates each distinct combination
 * of their values once (members share few), with the compiled conditions and the shared hit-policy code.
 * The memo is a tree of maps keyed by each fact's value in turn, so a hit allocates nothing. A class, so
 * that the roster loop calls one method whatever the rule set (a monomorphic call stays optimised).
 */
export class CompiledSections {
  private readonly compiled: Predicate[][];
  private readonly names: string[];
  private readonly getters: ((m: Member, d: FactDay, age: number) => unknown)[];
  private readonly values: unknown[];
  private readonly root: Memo = new Map();
  private size = 0;

  constructor(
    private readonly ruleSet: RuleSet,
    private readonly day: FactDay,
  ) {
    this.compiled = ruleSet.sections.map((s) => s.rules.map((r) => compileCondition(r.when)));
    this.names = factsRead(ruleSet);
    // The member's age is already computed for the outcome: take it rather than compute it again.
    this.getters = this.names.map((name) => (name === 'age' ? (_m: Member, _d: FactDay, age: number) => age : factGetter(name)));
    this.values = new Array(this.names.length);
  }

  /** The sections of member `m`, whose age on the rule set's day is `age`. */
  of(m: Member, age: number): SectionsResult {
    const { names, getters, values, day } = this;
    let node = this.root;
    for (let i = 0; i < names.length; i++) {
      values[i] = getters[i](m, day, age);
      const key = keyOf(values[i]);
      let next = node.get(key) as Memo | undefined;
      if (next === undefined) {
        if (this.size >= 100_000) {
          for (let j = i + 1; j < names.length; j++) values[j] = getters[j](m, day, age);
          return this.evaluate();
        }
        next = new Map();
        node.set(key, next);
      }
      node = next;
    }
    let hit = node.get(LEAF) as SectionsResult | undefined;
    if (!hit) {
      hit = this.evaluate();
      node.set(LEAF, hit);
      this.size++;
    }
    return hit;
  }

  private evaluate(): SectionsResult {
    const facts: Facts = {};
    this.names.forEach((name, i) => this.values[i] !== undefined && (facts[name] = this.values[i]));
    const sections = evaluateSections(this.ruleSet, facts, (s, r) => this.compiled[s][r](facts));
    sections.forEach((s) => Object.freeze(s.ruleIds) && Object.freeze(s));
    return Object.freeze({ sections: Object.freeze(sections), raw: sections.reduce((sum, s) => sum + s.amount, 0) });
  }
}

const LEAF = Symbol('sections');
