import type { Condition, LeafCondition } from '../types.js';

/** A member's facts by name, as the warnings' evaluation sees them (money facts in yuan). */
export type FactValues = Readonly<Record<string, unknown>>;

/**
 * Whether a validated condition holds for the facts, with RULESET.md's semantics and without
 * json-rules-engine: `all`/`any` as usual (an empty `all` holds, an empty `any` does not), `not`
 * inverts, and a leaf whose fact is absent or null does not hold, whatever the operator.
 */
export function holds(condition: Condition, facts: FactValues): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, facts));
  if ('any' in condition) return condition.any.some((c) => holds(c, facts));
  if ('not' in condition) return !holds(condition.not, facts);
  return leafHolds(condition, facts[condition.fact]);
}

/** One leaf against the fact's value. */
export function leafHolds(leaf: Pick<LeafCondition, 'operator' | 'value'>, factValue: unknown): boolean {
  if (factValue === undefined || factValue === null) return false;
  const { value } = leaf;
  const list = Array.isArray(value) ? (value as unknown[]) : [];
  const number = typeof factValue === 'number' && typeof value === 'number';
  switch (leaf.operator) {
    case 'equal':
      return factValue === value;
    case 'notEqual':
      return factValue !== value;
    case 'in':
      return list.includes(factValue);
    case 'notIn':
      return !list.includes(factValue);
    case 'lessThan':
      return number && factValue < value;
    case 'lessThanInclusive':
      return number && factValue <= value;
    case 'greaterThan':
      return number && factValue > value;
    case 'greaterThanInclusive':
      return number && factValue >= value;
    case 'contains':
      return Array.isArray(factValue) && factValue.includes(value);
    case 'doesNotContain':
      return Array.isArray(factValue) && !factValue.includes(value);
    default:
      return false;
  }
}
