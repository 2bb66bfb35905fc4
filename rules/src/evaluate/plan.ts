/**
 * The fast path for rosters: a rule set's sections compiled once (sections.ts), and each distinct combination
 * of the facts they read evaluated once, since the members of a roster share few.
 */
import type { Condition, Member, RuleSet, SectionOutcomeFen } from '../types.js';
import type { Fen } from '../money.js';
import { factGetter, type FactDay, type Facts } from './facts.js';
import { compileSection, type CompiledSection } from './sections.js';

/** Sections of one member: their amounts (fen), shared and frozen between members with equal facts. */
export interface SectionsResult {
  sections: readonly SectionOutcomeFen[];
  raw: Fen;
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

type Memo = Map<unknown, Memo | SectionsResult>;
const LEAF = Symbol('sections');
/** Distinct combinations kept at most; past it, members are evaluated without being remembered. */
const MEMO_LIMIT = 100_000;

/**
 * The memo is a tree of maps keyed by each fact's value in turn, so a hit allocates nothing. A class, so that
 * the roster loop calls one method whatever the rule set (a monomorphic call stays optimised).
 */
export class CompiledSections {
  private readonly compiled: CompiledSection[];
  private readonly names: string[];
  private readonly getters: ((m: Member, d: FactDay, age: number) => unknown)[];
  private readonly values: unknown[];
  private readonly root: Memo = new Map();
  private size = 0;

  constructor(
    ruleSet: RuleSet,
    private readonly day: FactDay,
  ) {
    this.compiled = ruleSet.sections.map(compileSection);
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
      values[i] = getters[i]!(m, day, age);
      const key = keyOf(values[i]);
      let next = node.get(key) as Memo | undefined;
      if (next === undefined) {
        if (this.size >= MEMO_LIMIT) {
          for (let j = i + 1; j < names.length; j++) values[j] = getters[j]!(m, day, age);
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
    const sections = this.compiled.map((section) => section(facts));
    sections.forEach((s) => Object.freeze(s.ruleIds) && Object.freeze(s));
    return Object.freeze({ sections: Object.freeze(sections), raw: sections.reduce((sum, s) => sum + s.amount, 0) as Fen });
  }
}
