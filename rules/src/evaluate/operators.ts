/**
 * The operators of RULESET.md, in one place: the compiled conditions call them, json-rules-engine has them
 * registered over its own, and the validation's reasoning (implication.ts) asks them. One rule is added to
 * json-rules-engine's: a leaf whose fact is absent or null never holds, whatever the operator.
 */
export type OperatorFn = (factValue: unknown, value: unknown) => boolean;

const num = (v: unknown): v is number => typeof v === 'number' && !Number.isNaN(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Each operator's test, applied only to a present fact value. */
export const OPERATORS: Readonly<Record<string, OperatorFn>> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => list(b).indexOf(a) > -1,
  notIn: (a, b) => list(b).indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => num(a) && a < (b as number),
  lessThanInclusive: (a, b) => num(a) && a <= (b as number),
  greaterThan: (a, b) => num(a) && a > (b as number),
  greaterThanInclusive: (a, b) => num(a) && a >= (b as number),
};

/** Whether a fact value is there to compare: neither absent nor null. */
export function isPresent(factValue: unknown): boolean {
  return factValue !== undefined && factValue !== null;
}

/** One leaf `{ operator, value }` against the member's fact value, with the absent-fact rule. */
export function leafHolds(leaf: { operator: string; value: unknown }, factValue: unknown): boolean {
  const op = OPERATORS[leaf.operator];
  return op !== undefined && isPresent(factValue) && op(factValue, leaf.value);
}
