/**
 * Whether a year's policy figures are frozen (a settlement of the year was confirmed). A port: the answer lives in
 * the settlement record, a room above reference data, which src/ports.ts plugs in when the app is built.
 */
import type { Em } from '../../../db/orm.js';

export type FrozenYear = (em: Em, year: number) => Promise<boolean>;

let answer: FrozenYear | undefined;

export function answerFrozenYear(frozenYear: FrozenYear): void {
  answer = frozenYear;
}

export function isFrozen(em: Em, year: number): Promise<boolean> {
  if (!answer) throw new Error('policy.freeze: nothing answers whether a year is frozen (src/ports.ts not loaded)');
  return answer(em, year);
}
