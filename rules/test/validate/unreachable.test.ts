import { describe, expect, test } from 'vitest';
import { all, always, CHINESE, ge, leaf, rule, ruleSet, section, validate, warningsOf } from './factory.js';

/** The paths of the UNREACHABLE_RULE warnings (the tables here need not be monotone). */
const unreachable = (doc: unknown) =>
  validate(doc)
    .warnings.filter((w) => w.code === 'UNREACHABLE_RULE')
    .map((w) => w.path);
const withRules = (rules: ReturnType<typeof rule>[], hitPolicy = 'FIRST') =>
  ruleSet({ sections: [section('tier', rules, { hitPolicy })], tests: [] });

describe('UNREACHABLE_RULE', () => {
  test('warns at a tier rule listed after a wider range on the same fact', () => {
    const v = validate(
      withRules([rule('t500', ge('contribution', 500), { fixed: 50 }), rule('t1000', ge('contribution', 1000), { fixed: 100 })]),
    );
    expect(v.valid).toBe(true);
    expect(v.warnings.filter((w) => w.code === 'UNREACHABLE_RULE')).toEqual([
      { path: '/sections/0/rules/1', code: 'UNREACHABLE_RULE', message: expect.stringContaining('第1条规则（t500）') },
    ]);
    expect(v.warnings[0]!.message).toMatch(CHINESE);
  });

  test('warns at every rule after one that holds for everyone the gates let through', () => {
    const current = all(leaf('paymentType', 'equal', 'CURRENT'));
    const rules = [
      rule('base', always, { fixed: 20 }),
      rule('old', ge('age', 60)),
      rule('current', current),
      rule('never', { not: always }),
    ];
    expect(unreachable(withRules(rules))).toEqual(['/sections/0/rules/1', '/sections/0/rules/2', '/sections/0/rules/3']);
  });

  test('warns at a rule after an earlier one on the current year payment, written as a set', () => {
    const rules = [rule('paid', all(leaf('paymentType', 'in', ['CURRENT', 'BACK_PAY']))), rule('old', ge('age', 60))];
    expect(unreachable(withRules(rules))).toEqual(['/sections/0/rules/1']);
  });

  test('is silent on tier tables in descending order and on MAX or SUM sections', () => {
    const descending = [
      rule('t1000', ge('contribution', 1000), { fixed: 100 }),
      rule('t500', ge('contribution', 500), { fixed: 50 }),
      rule('rest', always, { fixed: 20 }),
    ];
    expect(warningsOf(withRules(descending))).toEqual([]);
    const ascending = [rule('t500', ge('contribution', 500), { fixed: 50 }), rule('t1000', ge('contribution', 1000), { fixed: 100 })];
    expect(warningsOf(withRules(ascending, 'MAX'))).toEqual([]);
    expect(warningsOf(withRules(ascending, 'SUM'))).toEqual([]);
  });

  test.each([
    ['a closed band inside a wider one', ge('age', 60), all(leaf('age', 'greaterThan', 65), leaf('age', 'lessThan', 70))],
    ['a value of a set', all(leaf('contribution', 'in', [500, 1000, 2000])), all(leaf('contribution', 'equal', 1000))],
    ['an equal inside a range', all(leaf('contribution', 'lessThanInclusive', 300)), all(leaf('contribution', 'in', [200, 300]))],
    [
      'a wider range with another condition added',
      ge('age', 60),
      all(leaf('age', 'greaterThanInclusive', 70), leaf('gender', 'equal', 'F')),
    ],
    [
      'two conditions both implied',
      all(leaf('age', 'greaterThanInclusive', 60), leaf('contribution', 'greaterThanInclusive', 500)),
      all(leaf('age', 'greaterThanInclusive', 70), leaf('contribution', 'equal', 1000)),
    ],
    [
      'the same category',
      all(leaf('hardship', 'contains', 'MINIMUM_LIVING')),
      all(leaf('hardship', 'contains', 'MINIMUM_LIVING'), leaf('age', 'greaterThan', 60)),
    ],
    [
      'one alternative of several',
      { any: [leaf('gender', 'equal', 'F'), leaf('age', 'greaterThan', 60)] },
      all(leaf('gender', 'equal', 'F')),
    ],
    ['a boolean fixed by notEqual', all(leaf('proxyPaid', 'equal', true)), all(leaf('proxyPaid', 'notEqual', false))],
  ])('warns for %s', (_, earlier, later) => {
    expect(unreachable(withRules([rule('a', earlier), rule('b', later)]))).toEqual(['/sections/0/rules/1']);
  });

  test.each([
    ['a narrower range first', ge('contribution', 1000), ge('contribution', 500)],
    ['an open bound against a closed one', all(leaf('age', 'greaterThan', 60)), ge('age', 60)],
    ['different facts', ge('age', 60), ge('contributionYears', 60)],
    ['a category and another', all(leaf('hardship', 'contains', 'MINIMUM_LIVING')), all(leaf('hardship', 'contains', 'OUT_OF_POVERTY'))],
    ['notEqual inside a range', all(leaf('age', 'notEqual', 65)), ge('age', 60)],
    [
      'either of two alternatives',
      all(leaf('gender', 'equal', 'F')),
      { any: [leaf('gender', 'equal', 'F'), leaf('age', 'greaterThan', 60)] },
    ],
  ])('is silent for %s', (_, earlier, later) => {
    expect(unreachable(withRules([rule('a', earlier), rule('b', later)]))).toEqual([]);
  });
});
