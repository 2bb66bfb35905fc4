import { GATED_FACTS } from '../evaluate/facts.js';
import type { FactInfo } from '../facts.js';
import type { Condition, Section } from '../types.js';

/** How many combinations of the other facts NOT_MONOTONE tries at most (per list of tiers). */
export const SAMPLE_LIMIT = 2000;

/**
 * The member every sample starts from. The gates are passed (a member who fails one gets 0 on every
 * tier), so `paymentType` and `isCollectiveMember` are not varied.
 */
export const BASE_FACTS: Readonly<Record<string, unknown>> = {
  age: 40,
  gender: 'M',
  proxyPaid: false,
  hardship: [],
  contributionYears: 0,
  householdElderly: 0,
  householdChildren: 0,
  ...GATED_FACTS,
};
const FIXED = new Set(['contribution', 'paymentType', 'isCollectiveMember']);

/**
 * For each fact the rules' conditions mention (but the contribution and the gate facts), the values
 * worth trying: each number mentioned and its neighbours (±1), both booleans, every declared value of a
 * string or enum (one other text for free text), no category, each category mentioned and all of them
 * together; a village fact may also be absent.
 */
export function interestingValues(sections: readonly Section[], facts: ReadonlyMap<string, FactInfo>): Map<string, unknown[]> {
  const mentioned = new Map<string, Set<unknown>>();
  const visit = (c: Condition): void => {
    if ('all' in c) c.all.forEach(visit);
    else if ('any' in c) c.any.forEach(visit);
    else if ('not' in c) visit(c.not);
    else if (!FIXED.has(c.fact)) {
      const seen = mentioned.get(c.fact) ?? new Set();
      for (const v of Array.isArray(c.value) ? c.value : [c.value]) seen.add(v);
      mentioned.set(c.fact, seen);
    }
  };
  for (const section of sections) for (const rule of section.rules) visit(rule.when);
  const result = new Map<string, unknown[]>();
  for (const [name, values] of [...mentioned].sort(([a], [b]) => a.localeCompare(b))) {
    const fact = facts.get(name);
    if (!fact) continue;
    const candidates = candidatesOf(fact, [...values]);
    result.set(name, fact.builtIn ? candidates : [undefined, ...candidates]);
  }
  return result;
}

function candidatesOf(fact: FactInfo, values: unknown[]): unknown[] {
  if (fact.type === 'boolean') return [false, true];
  if (fact.type === 'number') {
    const numbers = (values as number[]).flatMap((v) => [v - 1, v, v + 1]).filter((v) => !fact.builtIn || v >= 0);
    return [...new Set(numbers)].sort((a, b) => a - b);
  }
  const strings = [...new Set(values as string[])].sort();
  if (fact.type === 'list') {
    return [[], ...strings.map((s) => [s]), ...(strings.length > 1 ? [strings] : [])];
  }
  return fact.values ? [...fact.values] : [...strings, '（其他）'];
}

/**
 * The combinations of the values, deterministically: all of them when there are at most `limit`,
 * else `limit` drawn by a fixed-seed generator.
 */
export function combinations(values: ReadonlyMap<string, unknown[]>, limit = SAMPLE_LIMIT): Record<string, unknown>[] {
  const entries = [...values];
  const total = entries.reduce((n, [, v]) => n * v.length, 1);
  const pick = total <= limit ? mixedRadix(entries) : randomIndex(entries);
  const count = Math.min(total, limit);
  const result: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) result.push(Object.fromEntries(entries.map(([name, v], f) => [name, v[pick(i, f)]])));
  return result;
}

/** Combination i, fact f: the digits of i in the mixed radix of the value counts. */
function mixedRadix(entries: [string, unknown[]][]): (i: number, f: number) => number {
  return (i, f) => {
    let rest = i;
    for (let g = entries.length - 1; g > f; g--) rest = Math.floor(rest / entries[g]![1].length);
    return rest % entries[f]![1].length;
  };
}

/** A fixed-seed generator (mulberry32) read in order: the same samples on every run. */
function randomIndex(entries: [string, unknown[]][]): (i: number, f: number) => number {
  let state = 0x9e3779b9;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (_i, f) => Math.floor(next() * entries[f]![1].length);
}
