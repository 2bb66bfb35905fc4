/**
 * The operators of RULESET.md with one rule added to json-rules-engine's: a leaf whose fact is absent or
 * null never holds, whatever the operator. Both evaluation paths use these very functions.
 */
export type OperatorFn = (factValue: unknown, value: unknown) => boolean;

const present = (v: unknown): boolean => v !== undefined && v !== null;
const num = (v: unknown): v is number => typeof v === 'number' && !Number.isNaN(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Each operator's test, applied only to a present fact value. */
export const OPERATORS: Record<string, OperatorFn> = {
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

/** Applies an operator with the absent-fact rule. */
export function applyOperator(operator: string, factValue: unknown, value: unknown): boolean {
  const fn = OPERATORS[operator];
  return fn !== undefined && present(factValue) && fn(factValue, value);
}

export { present as isPresentFactValue };
