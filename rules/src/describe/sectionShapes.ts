/** The shapes of sections that read better than rule by rule: one fact only, or a ladder of thresholds. */
import { GATED_FACTS } from '../evaluate/facts.js';
import type { Condition, LeafCondition, Rule, Section } from '../types.js';

export function isLeaf(c: unknown): c is LeafCondition {
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof (c as LeafCondition).fact === 'string' &&
    typeof (c as LeafCondition).operator === 'string'
  );
}

/** Every leaf of a condition, or null when the condition is not well formed (an empty group is not). */
export function leavesOf(c: unknown): LeafCondition[] | null {
  if (isLeaf(c)) return [c];
  if (typeof c !== 'object' || c === null) return null;
  const group = c as Partial<Record<'all' | 'any' | 'not', unknown>>;
  const children = Array.isArray(group.all) ? group.all : Array.isArray(group.any) ? group.any : 'not' in group ? [group.not] : null;
  if (!children || children.length === 0) return null;
  const out: LeafCondition[] = [];
  for (const child of children) {
    const leaves = leavesOf(child);
    if (!leaves) return null;
    out.push(...leaves);
  }
  return out;
}

function wellFormed(rule: unknown): rule is Rule {
  const r = rule as Rule;
  return typeof r === 'object' && r !== null && typeof r.amount === 'object' && r.amount !== null && leavesOf(r.when) !== null;
}

/**
 * Whether every rule tests only `fact` (and the facts the gates fix, GATED_FACTS) and every rate is a rate of it:
 * for the members the notice is about, the section's amount depends on `fact` alone.
 */
export function dependsOnlyOn(section: Section, fact: string): boolean {
  const fits = (l: LeafCondition) => l.fact === fact || Object.hasOwn(GATED_FACTS, l.fact);
  return (
    section.rules.length > 0 &&
    section.rules.every((r) => wellFormed(r) && leavesOf(r.when)!.every(fits) && ('fixed' in r.amount || r.amount.of === fact))
  );
}

/** Whether every rule is "属于 some of these categories" (an `any` of `contains`, or one leaf), fixed amounts. */
export function isHardshipChecklist(section: Section): boolean {
  return section.rules.length > 0 && section.rules.every((r) => wellFormed(r) && 'fixed' in r.amount && anyOfContains(r.when));
}

function anyOfContains(when: Condition): boolean {
  const group = when as { all?: unknown[]; any?: unknown[] };
  const children = Array.isArray(group.any) ? group.any : Array.isArray(group.all) && group.all.length === 1 ? group.all : null;
  return !!children && children.length > 0 && children.every((l) => isLeaf(l) && l.fact === 'hardship' && l.operator === 'contains');
}

/**
 * A FIRST section whose rules are each one threshold "fact ≥ v" (or "> v") on the same number fact, highest first:
 * the leaf of each rule, so that rule i pays from its threshold up to the one before it. Null for any other shape.
 */
export function thresholdLadder(section: Section): LeafCondition[] | null {
  if (section.hitPolicy !== 'FIRST' || section.rules.length < 2 || !section.rules.every(wellFormed)) return null;
  const leaves: LeafCondition[] = [];
  for (const rule of section.rules) {
    const group = rule.when as { all?: unknown[]; any?: unknown[] };
    const only = (group.all ?? group.any)?.length === 1 ? (group.all ?? group.any)![0] : null;
    if (!isLeaf(only) || typeof only.value !== 'number' || !['greaterThanInclusive', 'greaterThan'].includes(only.operator)) return null;
    const previous = leaves.at(-1);
    if (previous && (previous.fact !== only.fact || (previous.value as number) <= only.value)) return null;
    leaves.push(only);
  }
  return leaves;
}
