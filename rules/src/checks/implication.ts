import type { FactInfo } from '../facts.js';
import type { Condition, LeafCondition } from '../types.js';
import { GATED_FACTS as GATED } from '../evaluate/facts.js';
import { leafHolds } from '../evaluate/operators.js';

type Facts = ReadonlyMap<string, FactInfo>;

/**
 * Whether a condition holds for every member the rules evaluate: a leaf the gates make true ("集体经济组织成员
 * 等于 是", the templates' "everyone"), an `all` of such, an `any` with one, a `not` of a never-true part.
 */
export function alwaysTrue(c: Condition): boolean {
  if ('all' in c) return c.all.every(alwaysTrue);
  if ('any' in c) return c.any.some(alwaysTrue);
  if ('not' in c) return neverTrue(c.not);
  return Object.hasOwn(GATED, c.fact) && leafHolds(c, GATED[c.fact]);
}

function neverTrue(c: Condition): boolean {
  if ('all' in c) return c.all.some(neverTrue);
  if ('any' in c) return c.any.every(neverTrue);
  if ('not' in c) return alwaysTrue(c.not);
  return Object.hasOwn(GATED, c.fact) && !leafHolds(c, GATED[c.fact]);
}

/**
 * Whether `premise` holding guarantees that `conclusion` holds, for every member. Sound, not complete:
 * `true` is a proof (by ranges and sets of values on each fact, or an identical part), `false` only
 * means none was found.
 */
export function implies(premise: Condition, conclusion: Condition, facts: Facts): boolean {
  if (alwaysTrue(conclusion)) return true;
  if ('any' in premise) return premise.any.length > 0 && premise.any.every((p) => implies(p, conclusion, facts));
  if ('all' in conclusion) return conclusion.all.every((c) => implies(premise, c, facts));
  if ('any' in conclusion) return conclusion.any.some((c) => implies(premise, c, facts));
  const known = conjuncts(premise);
  if (known.some((k) => same(k, conclusion))) return true;
  return !('not' in conclusion) && leafImplied(known.filter(isLeaf), conclusion, facts);
}

/** The parts that all hold when `c` holds: `c` itself, or the parts of its nested `all`s. */
function conjuncts(c: Condition): Condition[] {
  return 'all' in c ? c.all.flatMap(conjuncts) : [c];
}

function isLeaf(c: Condition): c is LeafCondition {
  return 'fact' in c;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether the leaves `known` (all holding, so their facts are present) force `goal` to hold. */
function leafImplied(known: LeafCondition[], goal: LeafCondition, facts: Facts): boolean {
  const on = known.filter((k) => k.fact === goal.fact);
  const fact = facts.get(goal.fact);
  if (on.length === 0 || !fact || fact.type === 'list') return false;
  const points = pointsOf(on, fact);
  if (points) {
    const possible = points.filter((p) => on.every((k) => leafHolds(k, p)));
    return possible.length > 0 && possible.every((p) => leafHolds(goal, p));
  }
  return fact.type === 'number' && rangeImplies(on, goal);
}

/** The values the fact can take given `on`, when finitely many: from equal/in leaves or the declared values. */
function pointsOf(on: LeafCondition[], fact: FactInfo): unknown[] | undefined {
  const sets = on.filter((k) => k.operator === 'equal' || k.operator === 'in').map((k) => (Array.isArray(k.value) ? k.value : [k.value]));
  if (sets.length > 0) return sets.reduce((a, b) => a.filter((v) => b.includes(v)));
  if (fact.type === 'boolean') return [true, false];
  return fact.values ? [...fact.values] : undefined;
}

/** Numbers: the interval the comparisons in `on` leave, against the goal's comparison. */
function rangeImplies(on: LeafCondition[], goal: LeafCondition): boolean {
  let lo = -Infinity,
    loIn = false,
    hi = Infinity,
    hiIn = false;
  const excluded: unknown[] = [];
  for (const { operator, value } of on) {
    const v = value as number;
    if (operator === 'greaterThan' && (v > lo || (v === lo && loIn))) [lo, loIn] = [v, false];
    if (operator === 'greaterThanInclusive' && v > lo) [lo, loIn] = [v, true];
    if (operator === 'lessThan' && (v < hi || (v === hi && hiIn))) [hi, hiIn] = [v, false];
    if (operator === 'lessThanInclusive' && v < hi) [hi, hiIn] = [v, true];
    if (operator === 'notEqual' || operator === 'notIn') excluded.push(...(Array.isArray(value) ? value : [value]));
  }
  const v = goal.value as number;
  const outside = (x: number): boolean => x < lo || x > hi || (x === lo && !loIn) || (x === hi && !hiIn) || excluded.includes(x);
  switch (goal.operator) {
    case 'greaterThan':
      return lo > v || (lo === v && !loIn);
    case 'greaterThanInclusive':
      return lo >= v;
    case 'lessThan':
      return hi < v || (hi === v && !hiIn);
    case 'lessThanInclusive':
      return hi <= v;
    case 'notEqual':
      return outside(v);
    case 'notIn':
      return (goal.value as number[]).every(outside);
    case 'equal':
      return lo === v && hi === v && loIn && hiIn;
    case 'in':
      return lo === hi && loIn && hiIn && (goal.value as number[]).includes(lo);
    default:
      return false;
  }
}
