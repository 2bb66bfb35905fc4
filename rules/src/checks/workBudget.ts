import type { Condition } from '../types.js';

/**
 * The warnings evaluate and compare conditions many times over; a document with huge value lists must
 * not make validation slow (it needs no login). They spend at most this many steps, a step being one
 * condition node or one value of a list, and try less (never more) when a document is heavy.
 */
export const WORK_BUDGET = 5_000_000;

/** The steps one evaluation of a condition can take. */
export function weightOf(condition: Condition): number {
  if ('all' in condition) return 1 + condition.all.reduce((n, c) => n + weightOf(c), 0);
  if ('any' in condition) return 1 + condition.any.reduce((n, c) => n + weightOf(c), 0);
  if ('not' in condition) return 1 + weightOf(condition.not);
  return 1 + (Array.isArray(condition.value) ? condition.value.length : 0);
}
