import { describe, expect, test } from 'vitest';
import type { PolicyYear } from '../../src/types.js';
import { policySource } from '../../src/policy.js';
import { NINGXIA_POLICY_YEARS } from '../../src/policyData.js';
import { validateRuleSet } from '../../src/validate.js';
import { all, CHINESE, errorsOf, leaf, rule, ruleSet, section, tierSection, validate } from './factory.js';

describe('a valid rule set', () => {
  test('has no error and no warning', () => {
    expect(validate(ruleSet())).toEqual({ valid: true, errors: [], warnings: [] });
  });

  test('accepts every optional field with good values', () => {
    const doc = ruleSet({
      lastYear: 2026,
      fundSource: 'COLLECTIVE_INCOME',
      ageAsOf: '02-29',
      personCap: 3000,
      budget: 0,
      overBudget: 'PRORATE',
      facts: [
        { name: 'group', label: '村民小组', type: 'enum', values: ['一组', '二组'] },
        { name: 'landArea', label: '承包地亩数', type: 'number' },
      ],
      sections: [
        tierSection(),
        section(
          'old',
          [
            rule('o1', all(leaf('age', 'greaterThanInclusive', 60), leaf('group', 'in', ['一组'])), {
              rate: 0.5,
              of: 'landArea',
              max: 100,
            }),
          ],
          { hitPolicy: 'SUM', kind: 'AGE' },
        ),
        section(
          'hard',
          [rule('h1', { any: [leaf('hardship', 'contains', 'MINIMUM_LIVING'), leaf('proxyPaid', 'equal', true)] }, { fixed: 50 })],
          { hitPolicy: 'MAX' },
        ),
        section('women', [rule('w1', { not: all(leaf('gender', 'notEqual', 'F')) }, { fixed: 5 })]),
      ],
    });
    expect(validate(doc)).toEqual({ valid: true, errors: [], warnings: [] });
  });
});

describe('format', () => {
  test.each([
    ['null', null],
    ['a string', 'cunce.ruleset/1'],
    ['an array', [ruleSet()]],
    ['a number', 42],
    ['undefined', undefined],
  ])('refuses %s as a document, at the root', (_, doc) => {
    const v = validate(doc);
    expect(v.valid).toBe(false);
    expect(v.errors).toHaveLength(1);
    expect(v.errors[0]).toMatchObject({ path: '', code: 'UNSUPPORTED_FORMAT', message: expect.stringMatching(CHINESE) });
  });

  test('reports another format alone, since its fields mean something else', () => {
    expect(errorsOf({ format: 'cunce.ruleset/2', sections: 'whatever' })).toEqual(['UNSUPPORTED_FORMAT /format']);
  });

  test('reports a missing format and still checks the rest', () => {
    const { format: _, ...doc } = ruleSet({ village: '123' });
    expect(errorsOf(doc)).toEqual(['UNSUPPORTED_FORMAT /format', 'BAD_FIELD /village']);
  });
});

describe('document fields', () => {
  test('refuses an unknown top-level field', () => {
    const v = validate(ruleSet({ personcap: 500 }));
    expect(v.errors).toEqual([{ path: '/personcap', code: 'BAD_FIELD', message: expect.stringContaining('未知字段“personcap”') }]);
  });

  test.each([
    ['missing', undefined],
    ['11 digits', '64018110520'],
    ['a number', 640181105201],
    ['letters', '64018110520A'],
  ])('refuses a village code that is %s', (_, village) => {
    expect(errorsOf(ruleSet({ village }))).toEqual(['BAD_FIELD /village']);
  });

  test.each(['YEAR_END', 'YEAR_START', '01-01', '12-31', '02-29', '07-01'])('accepts ageAsOf %s', (ageAsOf) => {
    expect(errorsOf(ruleSet({ ageAsOf }))).toEqual([]);
  });

  test.each(['02-30', '13-01', '00-10', '04-31', '7-1', 'year_end', 20250701, ''])('refuses ageAsOf %s', (ageAsOf) => {
    expect(errorsOf(ruleSet({ ageAsOf }))).toEqual(['BAD_FIELD /ageAsOf']);
  });

  test('refuses a title, fund source or overBudget of the wrong kind', () => {
    expect(errorsOf(ruleSet({ title: 12, fundSource: '  ', overBudget: 'CUT' }))).toEqual([
      'BAD_FIELD /title',
      'BAD_FIELD /fundSource',
      'BAD_FIELD /overBudget',
    ]);
  });

  test.each([
    ['negative', -1],
    ['three decimals', 10.005],
    ['text', '500'],
    ['not finite', Number.NaN],
  ])('refuses a personCap or budget that is %s as BAD_AMOUNT', (_, value) => {
    expect(errorsOf(ruleSet({ personCap: value, budget: value }))).toEqual(['BAD_AMOUNT /personCap', 'BAD_AMOUNT /budget']);
  });

  test('suggests the amount rounded to the fen', () => {
    expect(validate(ruleSet({ budget: 1234.565 })).errors[0]!.message).toBe(
      '集体补助预算（budget）（1234.565元）最多2位小数（精确到分），请改为1234.57',
    );
  });

  test('accepts a personCap equal to the region cap and refuses one above it', () => {
    expect(errorsOf(ruleSet({ personCap: 3000 }))).toEqual([]);
    const v = validate(ruleSet({ personCap: 3000.01 }));
    expect(v.errors).toEqual([{ path: '/personCap', code: 'CAP_ABOVE_REGION_MAX', message: expect.stringContaining('区级上限3000元') }]);
  });

  test('measures personCap against every covered year', () => {
    const lowCap = {
      year: 2027,
      tiers: [{ amount: 1000, governmentSubsidy: 100, hardshipOnly: false }],
      hardshipTierCategories: [],
      backPayEarnsSubsidy: false,
    };
    const v = validateWith(ruleSet({ lastYear: 2027, personCap: 2000 }), [lowCap]);
    expect(v.errors.map((e) => `${e.code} ${e.path}`)).toEqual(['CAP_ABOVE_REGION_MAX /personCap']);
    expect(v.errors[0]!.message).toContain('2027年区级上限1000元');
  });
});

function validateWith(doc: unknown, extra: PolicyYear[]) {
  return validateRuleSet(doc, policySource([...NINGXIA_POLICY_YEARS, ...extra]));
}
