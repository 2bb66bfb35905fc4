import { describe, expect, test } from 'vitest';
import { always, errorsOf, rule, ruleSet, section, tierSection, validate } from './factory.js';

const withSections = (...sections: unknown[]) => ruleSet({ sections, tests: [] });

describe('sections', () => {
  test('refuses a key used by an earlier section, at the later key', () => {
    const v = validate(withSections(tierSection(), section('tier', [rule('x')])));
    expect(v.errors).toEqual([{ path: '/sections/1/key', code: 'DUPLICATE_SECTION', message: expect.stringContaining('与第1节相同') }]);
  });

  test('refuses a section without rules', () => {
    const v = validate(withSections(tierSection(), section('old', [])));
    expect(v.errors).toEqual([{ path: '/sections/1/rules', code: 'EMPTY_SECTION', message: expect.stringContaining('第2节没有任何规则') }]);
  });

  test('refuses a document without sections, or with none', () => {
    expect(errorsOf(ruleSet({ sections: undefined }))).toEqual(['BAD_FIELD /sections']);
    expect(errorsOf(ruleSet({ sections: [] }))).toEqual(['BAD_FIELD /sections']);
    expect(errorsOf(ruleSet({ sections: { tier: [] } }))).toEqual(['BAD_FIELD /sections']);
  });

  test('refuses structural faults of a section as BAD_FIELD', () => {
    const bad = { key: 'old age', hitPolicy: 'ALL', kind: 'OLD', rules: {}, color: 'red' };
    expect(errorsOf(withSections(tierSection(), bad, 'x'))).toEqual([
      'BAD_FIELD /sections/1/color',
      'BAD_FIELD /sections/1/key',
      'BAD_FIELD /sections/1/label',
      'BAD_FIELD /sections/1/kind',
      'BAD_FIELD /sections/1/hitPolicy',
      'BAD_FIELD /sections/1/rules',
      'BAD_FIELD /sections/2',
    ]);
  });
});

describe('rules', () => {
  test('refuses a rule id used anywhere earlier in the document', () => {
    const v = validate(withSections(tierSection(), section('old', [rule('t500')])));
    expect(v.errors).toEqual([
      { path: '/sections/1/rules/0/id', code: 'DUPLICATE_RULE_ID', message: expect.stringContaining('“节tier”的500元档') },
    ]);
  });

  test('refuses missing, mistyped and unknown fields of a rule', () => {
    const noWhen = { id: 'a', label: 'A', amount: { fixed: 1 } };
    const noAmount = { id: 'b', label: 'B', when: always, priority: 1 };
    expect(errorsOf(withSections(section('s', [noWhen, noAmount, { id: 7 }, null] as never)))).toEqual([
      'BAD_FIELD /sections/0/rules/0/when',
      'BAD_FIELD /sections/0/rules/1/priority',
      'BAD_FIELD /sections/0/rules/1/amount',
      'BAD_FIELD /sections/0/rules/2/id',
      'BAD_FIELD /sections/0/rules/2/label',
      'BAD_FIELD /sections/0/rules/2/when',
      'BAD_FIELD /sections/0/rules/2/amount',
      'BAD_FIELD /sections/0/rules/3',
    ]);
  });
});
