import { describe, expect, test } from 'vitest';
import { always, CHINESE, ruleSet, rule, section, validate, validateInEditor } from './factory.js';

const aboveMax = (amount: unknown, facts?: unknown) => {
  const doc = ruleSet({ facts, sections: [section('s', [rule('big', always, amount)])], tests: [] });
  const v = validate(doc);
  return [...v.errors, ...v.warnings].filter((w) => w.code === 'ABOVE_REGION_MAX');
};
const severity = (amount: unknown, check = validate) => {
  const v = check(ruleSet({ sections: [section('s', [rule('big', always, amount)])], tests: [] }));
  return v.errors.some((e) => e.code === 'ABOVE_REGION_MAX')
    ? 'error'
    : v.warnings.some((w) => w.code === 'ABOVE_REGION_MAX')
      ? 'warning'
      : null;
};

describe('ABOVE_REGION_MAX', () => {
  test('reports a fixed amount above the highest tier', () => {
    expect(aboveMax({ fixed: 3000.01 })).toEqual([
      { path: '/sections/0/rules/0', code: 'ABOVE_REGION_MAX', message: expect.stringContaining('区级上限3000元') },
    ]);
    expect(aboveMax({ fixed: 3000.01 })[0]!.message).toMatch(CHINESE);
  });

  test.each([
    ['a rate of the contribution above 1', { rate: 1.1, of: 'contribution' }],
    ['a min above the cap', { rate: 0.1, of: 'contribution', min: 3500, max: 4000 }],
    ['a rate of another fact without max', { rate: 0.5, of: 'age' }],
    ['a rate of another fact with a max above the cap', { rate: 0.5, of: 'householdElderly', max: 3500 }],
  ])('reports %s', (_, amount) => {
    expect(aboveMax(amount).map((w) => w.path)).toEqual(['/sections/0/rules/0']);
  });

  test('is a warning in the contract (RULESET.md: warnings never block)', () => {
    for (const amount of [{ fixed: 3000.01 }, { rate: 1.1, of: 'contribution' }, { rate: 0.5, of: 'age' }]) {
      expect(severity(amount)).toBe('warning');
    }
  });

  test('the editor refuses an amount whose most is known, as it refuses a village cap above the cap; a rate with no bound stays a warning', () => {
    expect(severity({ fixed: 3000.01 }, validateInEditor)).toBe('error');
    expect(severity({ rate: 1.1, of: 'contribution' }, validateInEditor)).toBe('error');
    expect(severity({ rate: 0.5, of: 'householdElderly', max: 3500 }, validateInEditor)).toBe('error');
    expect(severity({ rate: 0.5, of: 'age' }, validateInEditor)).toBe('warning');
    expect(validateInEditor(ruleSet({ sections: [section('s', [rule('big', always, { fixed: 3000.01 })])], tests: [] })).valid).toBe(false);
  });

  test.each([
    ['a fixed amount equal to the cap', { fixed: 3000 }],
    ['the whole contribution', { rate: 1, of: 'contribution' }],
    ['a rate of the contribution whose max cannot be reached', { rate: 0.1, of: 'contribution', max: 5000 }],
    ['a rate of another fact with a max', { rate: 10, of: 'age', max: 500 }],
    ['a zero rate', { rate: 0, of: 'age' }],
  ])('is silent on %s', (_, amount) => {
    expect(aboveMax(amount)).toEqual([]);
  });

  test('asks for a max when a rate of a village fact is unbounded', () => {
    const facts = [{ name: 'landArea', label: '承包地亩数', type: 'number' }];
    expect(aboveMax({ rate: 20, of: 'landArea' }, facts)[0]!.message).toContain('请设置不超过3000元的最高金额（max）');
  });
});
