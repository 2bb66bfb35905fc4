/** A rule's `when` compiled to a plain function: the one reading of conditions (rules, pools, validation's samples, the notice). */
import type { Condition } from '../types.js';
import type { Facts } from './facts.js';
import { OPERATORS, isPresent } from './operators.js';

export type Predicate = (facts: Facts) => boolean;

const always: Predicate = () => true;
const never: Predicate = () => false;

/**
 * A rule's `when` as a plain function: `all` of its parts, `any` of them, `not` inverts, a leaf is its operator
 * with the absent-fact rule (operators.ts). Validation refuses an empty group; given one anyway it holds, as in
 * json-rules-engine, so that the compiled path and the reference agree on any input.
 */
export function compileCondition(condition: Condition): Predicate {
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    if (parts.length === 1) return parts[0]!;
    return (f) => parts.every((p) => p(f));
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileCondition);
    if (parts.length === 0) return always;
    if (parts.length === 1) return parts[0]!;
    return (f) => parts.some((p) => p(f));
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not);
    return (f) => !inner(f);
  }
  const { fact, operator, value } = condition;
  const op = OPERATORS[operator];
  if (!op) return never;
  return (f) => {
    const v = f[fact];
    return isPresent(v) && op(v, value);
  };
}
