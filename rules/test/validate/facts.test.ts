import { describe, expect, test } from 'vitest';
import { all, errorsOf, leaf, rule, ruleSet, section, tierSection, validate } from './factory.js';

const withFacts = (facts: unknown, extra: Record<string, unknown> = {}) => ruleSet({ facts, ...extra });

describe('fact declarations', () => {
  test('refuses a built-in fact name', () => {
    const v = validate(withFacts([{ name: 'age', label: '年龄', type: 'number' }]));
    expect(v.errors).toEqual([{ path: '/facts/0/name', code: 'BAD_FACT_DECLARATION', message: expect.stringContaining('内置事实') }]);
  });

  test('refuses an enum without values, or with empty or repeated values', () => {
    expect(
      errorsOf(
        withFacts([
          { name: 'a', label: 'A', type: 'enum' },
          { name: 'b', label: 'B', type: 'enum', values: [] },
          { name: 'c', label: 'C', type: 'enum', values: ['x', 'x'] },
          { name: 'd', label: 'D', type: 'enum', values: ['x', 3] },
        ]),
      ),
    ).toEqual([
      'BAD_FACT_DECLARATION /facts/0/values',
      'BAD_FACT_DECLARATION /facts/1/values',
      'BAD_FACT_DECLARATION /facts/2/values',
      'BAD_FACT_DECLARATION /facts/3/values',
    ]);
  });

  test('refuses values on a type other than enum', () => {
    expect(errorsOf(withFacts([{ name: 'a', label: 'A', type: 'string', values: ['x'] }]))).toEqual([
      'BAD_FACT_DECLARATION /facts/0/values',
    ]);
  });

  test('refuses a name declared twice', () => {
    const fact = { name: 'group', label: '组', type: 'string' };
    expect(errorsOf(withFacts([fact, fact]))).toEqual(['BAD_FACT_DECLARATION /facts/1/name']);
  });

  test('refuses structural faults as BAD_FIELD', () => {
    expect(errorsOf(withFacts(['group', { name: '1st', label: 'x', type: 'number' }, { name: 'a', type: 'text', note: 'x' }]))).toEqual([
      'BAD_FIELD /facts/0',
      'BAD_FIELD /facts/1/name',
      'BAD_FIELD /facts/2/note',
      'BAD_FIELD /facts/2/label',
      'BAD_FIELD /facts/2/type',
    ]);
    expect(errorsOf(withFacts({ group: 'enum' }))).toEqual(['BAD_FIELD /facts']);
  });

  test('does not report a rule again for naming a fact whose declaration is broken', () => {
    const doc = withFacts([{ name: 'group', label: '组', type: 'enum' }], {
      sections: [tierSection(), section('g', [rule('g1', all(leaf('group', 'equal', '一组')))])],
    });
    expect(errorsOf(doc)).toEqual(['BAD_FACT_DECLARATION /facts/0/values']);
  });
});
