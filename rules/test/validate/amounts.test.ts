import { describe, expect, test } from 'vitest';
import { always, errorsOf, rule, ruleSet, section, tierSection, validate } from './factory.js';

const withAmount = (amount: unknown, facts?: unknown) =>
  ruleSet({ facts, sections: [tierSection(), section('s', [rule('a', always), rule('b', always, amount)], { hitPolicy: 'SUM' })] });
const at = '/sections/1/rules/1/amount';

describe('amounts', () => {
  test('names the rule and the fix for a rate with too many decimals', () => {
    expect(validate(withAmount({ rate: 0.0812345, of: 'contribution' })).errors).toEqual([
      { path: `${at}/rate`, code: 'BAD_AMOUNT', message: '第2节第2条规则的金额：比例（0.0812345）最多6位小数，请改为0.081235' },
    ]);
  });

  test.each([
    [{ fixed: -5 }, '/fixed'],
    [{ fixed: 10.001 }, '/fixed'],
    [{ fixed: '10' }, '/fixed'],
    [{ rate: -0.1, of: 'contribution' }, '/rate'],
    [{ rate: '8%', of: 'contribution' }, '/rate'],
    [{ rate: 0.1, of: 'contribution', min: -1 }, '/min'],
    [{ rate: 0.1, of: 'contribution', max: 1.999 }, '/max'],
    [{ rate: 0.1, of: 'contribution', min: 50, max: 20 }, '/min'],
    [{ rate: 0.1, of: 'gender' }, '/of'],
    [{ rate: 0.1, of: 'hardship' }, '/of'],
    [{ rate: 0.1, of: 'landArea' }, '/of'],
    [{ fixed: 10, rate: 0.1, of: 'contribution' }, ''],
    [{ min: 10 }, ''],
  ])('refuses %j as BAD_AMOUNT', (amount, path) => {
    expect(errorsOf(withAmount(amount))).toEqual([`BAD_AMOUNT ${at}${path}`]);
  });

  test('refuses structural faults of an amount as BAD_FIELD', () => {
    expect(errorsOf(withAmount(30))).toEqual([`BAD_FIELD ${at}`]);
    expect(errorsOf(withAmount({ fixed: 30, max: 40 }))).toEqual([`BAD_FIELD ${at}/max`]);
    expect(errorsOf(withAmount({ rate: 0.1 }))).toEqual([`BAD_FIELD ${at}/of`]);
    expect(errorsOf(withAmount({ rate: 0.1, of: 'contribution', cap: 5 }))).toEqual([`BAD_FIELD ${at}/cap`]);
  });

  test('accepts a rate of a declared numeric fact, zero amounts and min equal to max', () => {
    const facts = [{ name: 'landArea', label: '承包地亩数', type: 'number' }];
    expect(errorsOf(withAmount({ rate: 2.5, of: 'landArea', max: 100 }, facts))).toEqual([]);
    expect(errorsOf(withAmount({ fixed: 0 }))).toEqual([]);
    expect(errorsOf(withAmount({ rate: 0.05, of: 'contribution', min: 20, max: 20 }))).toEqual([]);
  });
});
