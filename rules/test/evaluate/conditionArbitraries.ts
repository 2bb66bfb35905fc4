/**
 * Random conditions and amounts that validate: leaves of every fact type and operator RULESET.md allows (village
 * facts that members may lack, the facts the gates fix), groups never empty and nested at most five deep, rates of
 * up to six decimals with optional min and max.
 */
import fc from 'fast-check';
import type { Amount, Condition, TopCondition } from '../../src/types.js';
import { HARDSHIP_CATEGORIES } from '../../src/types.js';

export const TIERS = [100, 200, 300, 500, 1000, 2000, 3000];
export const GROUPS = ['一组', '二组', '三组'];
export const yuan = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((fen) => fen / 100);
const NUMBER_OPS = ['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];
const some = <T>(values: readonly T[]) => fc.subarray([...values], { minLength: 1 });

/** A number a condition compares with: whole, or with decimals (a village's measure, a half year). */
const number = (max: number) =>
  fc.oneof(
    fc.integer({ min: 0, max }),
    fc.integer({ min: 0, max: max * 8 }).map((n) => n / 8),
  );

const numberLeaf = (fact: fc.Arbitrary<string>, value: fc.Arbitrary<number>) =>
  fc.oneof(
    fc.record({ fact, operator: fc.constantFrom(...NUMBER_OPS), value }),
    fc.record({ fact, operator: fc.constantFrom('in', 'notIn'), value: fc.array(value, { minLength: 1, maxLength: 3 }) }),
  );
const setLeaf = (fact: string, values: readonly (string | boolean)[], ops = ['equal', 'notEqual', 'in', 'notIn']) =>
  fc.constantFrom(...ops).chain((operator) =>
    fc.record({
      fact: fc.constant(fact),
      operator: fc.constant(operator),
      value: operator === 'in' || operator === 'notIn' ? some(values) : fc.constantFrom(...values),
    }),
  );

export const leafArb: fc.Arbitrary<Condition> = fc.oneof(
  numberLeaf(fc.constantFrom('age', 'contributionYears', 'householdChildren', 'householdElderly', 'score'), number(90)),
  numberLeaf(fc.constant('contribution'), fc.oneof(fc.constantFrom(...TIERS), number(3500))),
  fc.record({
    fact: fc.constant('hardship'),
    operator: fc.constantFrom('contains', 'doesNotContain'),
    value: fc.constantFrom(...HARDSHIP_CATEGORIES),
  }),
  setLeaf('proxyPaid', [true, false], ['equal', 'notEqual']),
  setLeaf('isVeteran', [true, false], ['equal', 'notEqual']),
  setLeaf('isCollectiveMember', [true, false], ['equal', 'notEqual']),
  setLeaf('gender', ['M', 'F']),
  setLeaf('group', GROUPS),
  setLeaf('paymentType', ['CURRENT', 'BACK_PAY', 'LUMP_SUM']),
);

const children = (c: fc.Arbitrary<Condition>) => fc.array(c, { minLength: 1, maxLength: 3 });

const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', maxDepth: 4, withCrossShrink: true },
    leafArb,
    fc.record({ all: children(tie('condition')) }),
    fc.record({ any: children(tie('condition')) }),
    fc.record({ not: tie('condition') }),
  ),
}));

export const topArb: fc.Arbitrary<TopCondition> = fc.oneof(
  fc.record({ all: children(condition) }),
  fc.record({ any: children(condition) }),
  fc.record({ not: condition }),
);

const fenOption = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: undefined });
const bounds = fc.record({ min: fenOption(4000), extra: fenOption(30_000) });

/** A rate of `of` (at most six decimals), held by an optional min and an optional max not below it. */
export const rateArb = (of: fc.Arbitrary<string>): fc.Arbitrary<Amount> =>
  fc
    .record({ micros: fc.oneof(fc.integer({ min: 0, max: 300_000 }), fc.constantFrom(500_000, 75_000, 1)), of, bounds })
    .map(({ micros, of, bounds: b }) => ({
      rate: micros / 1_000_000,
      of,
      ...(b.min !== undefined ? { min: b.min / 100 } : {}),
      ...(b.extra !== undefined ? { max: ((b.min ?? 0) + b.extra) / 100 } : {}),
    }));

export const amountArb: fc.Arbitrary<Amount> = fc.oneof(
  fc.record({ fixed: yuan(400) }),
  rateArb(fc.constantFrom('contribution', 'score', 'age', 'contributionYears')),
);
