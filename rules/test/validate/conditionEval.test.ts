import { describe, expect, test } from 'vitest';
import { holds } from '../../src/checks/conditionEval.js';
import { amountFen, sectionFen } from '../../src/checks/sectionEval.js';
import type { Condition, Rule } from '../../src/types.js';
import { all, always, ge, leaf, rule } from './factory.js';

describe('holds', () => {
  test.each([
    ['notEqual', leaf('gender', 'notEqual', 'M')],
    ['notIn', leaf('contribution', 'notIn', [200])],
    ['doesNotContain', leaf('hardship', 'doesNotContain', 'MINIMUM_LIVING')],
    ['lessThan', leaf('age', 'lessThan', 60)],
  ])('a %s leaf on an absent or null fact does not hold', (_, c) => {
    expect(holds(c, {})).toBe(false);
    expect(holds(c, { gender: null, contribution: null, hardship: null, age: null })).toBe(false);
  });

  test('not inverts a leaf that fails on an absent fact', () => {
    expect(holds({ not: all(leaf('group', 'equal', '一组')) }, {})).toBe(true);
  });

  test('an empty all holds and an empty any does not', () => {
    expect(holds(always as Condition, {})).toBe(true);
    expect(holds({ any: [] }, {})).toBe(false);
  });

  test.each([
    [leaf('age', 'greaterThanInclusive', 60), { age: 60 }, true],
    [leaf('age', 'greaterThan', 60), { age: 60 }, false],
    [leaf('contribution', 'in', [500, 1000]), { contribution: 1000 }, true],
    [leaf('hardship', 'contains', 'OUT_OF_POVERTY'), { hardship: ['OUT_OF_POVERTY'] }, true],
    [leaf('hardship', 'doesNotContain', 'OUT_OF_POVERTY'), { hardship: [] }, true],
    [leaf('proxyPaid', 'equal', false), { proxyPaid: false }, true],
  ])('%j on %j is %s', (c, facts, expected) => {
    expect(holds(c, facts)).toBe(expected);
  });
});

describe('amountFen', () => {
  test('rounds a rate half up to the fen, in integers', () => {
    expect(amountFen({ rate: 0.075, of: 'contribution' }, { contribution: 333 })).toBe(2498); // 24.975
    expect(amountFen({ rate: 0.07, of: 'contribution' }, { contribution: 0.29 })).toBe(2); // 0.0203
  });

  test('holds a rate between min and max, and pays 0 when the fact is absent', () => {
    const amount = { rate: 0.1, of: 'contribution', min: 25, max: 150 };
    expect(amountFen(amount, { contribution: 200 })).toBe(2500);
    expect(amountFen(amount, { contribution: 3000 })).toBe(15000);
    expect(amountFen(amount, {})).toBe(0);
  });
});

describe('sectionFen', () => {
  const rules: Rule[] = [rule('a', ge('age', 60), { fixed: 10 }), rule('b', ge('age', 70), { fixed: 30 }), rule('c', always, { fixed: 5 })];

  test.each([
    ['FIRST', 1000],
    ['MAX', 3000],
    ['SUM', 4500],
  ] as const)('applies %s', (hitPolicy, fen) => {
    expect(sectionFen({ hitPolicy, rules }, { age: 75 })).toBe(fen);
  });

  test('pays 0 when no rule holds', () => {
    expect(sectionFen({ hitPolicy: 'SUM', rules: rules.slice(0, 2) }, { age: 30 })).toBe(0);
  });
});
