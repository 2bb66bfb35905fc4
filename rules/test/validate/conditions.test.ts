import { describe, expect, test } from 'vitest';
import { all, CHINESE, errorsOf, leaf, rule, ruleSet, section, tierSection, validate } from './factory.js';

/** A document whose second section has one rule with this condition. */
const withWhen = (when: unknown, facts?: unknown) =>
  ruleSet({ facts, sections: [tierSection(), section('s', [rule('r', when)], { hitPolicy: 'SUM' })] });
const at = '/sections/1/rules/0/when';

describe('condition structure', () => {
  test('pins the path of a bad value deep in the condition', () => {
    const when = { any: [leaf('age', 'lessThan', 16), all(leaf('gender', 'equal', 'M'), leaf('age', 'greaterThan', '60'))] };
    const v = validate(withWhen(when));
    expect(v.errors).toEqual([{ path: `${at}/any/1/all/1/value`, code: 'BAD_CONDITION', message: expect.stringContaining('年龄') }]);
  });

  test.each([
    ['a leaf', leaf('age', 'equal', 60), ''],
    ['an array', [leaf('age', 'equal', 60)], ''],
    ['text', 'age > 60', ''],
    ['an empty object', {}, ''],
    ['two groups on one level', { all: [], any: [] }, ''],
    ['a non-array all', { all: leaf('age', 'equal', 60) }, '/all'],
    ['a non-object not', { not: [] }, '/not'],
    ['a number among the conditions', { all: [1] }, '/all/0'],
  ])('refuses %s', (_, when, path) => {
    expect(errorsOf(withWhen(when))).toEqual([`BAD_CONDITION ${at}${path}`]);
  });

  test('refuses an empty group, whoever it would pay, with a Chinese message at the empty list', () => {
    expect(validate(withWhen({ any: [] })).errors).toMatchInlineSnapshot(`
      [
        {
          "code": "BAD_CONDITION",
          "message": "第2节第1条规则的条件中的 any（任一满足） 是空的，没有说明补助给谁（空条件组既不表示“所有人”，也不表示“无人”）：请至少加一个条件，或删除这个组",
          "path": "/sections/1/rules/0/when/any",
        },
      ]
    `);
  });

  test.each([
    ['an empty all', { all: [] }, '/all'],
    ['a not around an empty all', { not: { all: [] } }, '/not/all'],
    ['a not around an empty any', { not: { any: [] } }, '/not/any'],
    ['an empty any inside an all', all(leaf('age', 'greaterThan', 60), { any: [] }), '/all/1/any'],
  ])('refuses %s', (_, when, path) => {
    expect(errorsOf(withWhen(when))).toEqual([`BAD_CONDITION ${at}${path}`]);
  });

  test('refuses what only json-rules-engine knows, but other extra fields as BAD_FIELD', () => {
    const when = all(
      { fact: 'age', operator: 'equal', value: 60, path: '$.x' } as never,
      { fact: 'age', operator: 'equal', value: 60, params: {} } as never,
      { condition: 'isOld' } as never,
      { fact: 'age', operator: 'equal', value: { fact: 'contributionYears' } },
      { fact: 'age', operator: 'equal', value: 60, note: 'x' } as never,
    );
    expect(errorsOf(withWhen({ ...when, priority: 2 }))).toEqual([
      `BAD_CONDITION ${at}/priority`,
      `BAD_CONDITION ${at}/all/0/path`,
      `BAD_CONDITION ${at}/all/1/params`,
      `BAD_CONDITION ${at}/all/2/condition`,
      `BAD_CONDITION ${at}/all/3/value`,
      `BAD_FIELD ${at}/all/4/note`,
    ]);
  });

  test('accepts nesting 8 deep and refuses a ninth level', () => {
    const nest = (levels: number): unknown => (levels === 1 ? all(leaf('age', 'equal', 60)) : { not: nest(levels - 1) });
    expect(errorsOf(withWhen(nest(8)))).toEqual([]);
    expect(errorsOf(withWhen(nest(9)))).toEqual([`BAD_CONDITION ${at}${'/not'.repeat(8)}`]);
  });

  test('refuses a leaf without fact, operator or value', () => {
    expect(
      errorsOf(
        withWhen(
          all({ operator: 'equal', value: 1 } as never, { fact: 'age', value: 1 } as never, { fact: 'age', operator: 'equal' } as never),
        ),
      ),
    ).toEqual([`BAD_CONDITION ${at}/all/0/fact`, `BAD_CONDITION ${at}/all/1/operator`, `BAD_CONDITION ${at}/all/2/value`]);
  });
});

describe('facts and operators', () => {
  test('reports an unknown fact as UNKNOWN_FACT', () => {
    const v = validate(withWhen(all(leaf('landArea', 'greaterThan', 5))));
    expect(v.errors).toEqual([{ path: `${at}/all/0/fact`, code: 'UNKNOWN_FACT', message: expect.stringContaining('“landArea”不存在') }]);
  });

  test.each([
    ['number', leaf('age', 'contains', 60)],
    ['boolean', leaf('proxyPaid', 'in', [true])],
    ['boolean', leaf('isCollectiveMember', 'greaterThan', 0)],
    ['string', leaf('gender', 'lessThan', 'M')],
    ['enum', leaf('paymentType', 'contains', 'CURRENT')],
    ['list', leaf('hardship', 'equal', 'MINIMUM_LIVING')],
    ['list', leaf('hardship', 'in', ['MINIMUM_LIVING'])],
    ['any', leaf('age', 'between', [1, 2])],
  ])('refuses an operator that does not fit a %s fact', (_, condition) => {
    expect(errorsOf(withWhen(all(condition)))).toEqual([`BAD_CONDITION ${at}/all/0/operator`]);
  });

  test.each([
    [leaf('age', 'equal', '60'), ''],
    [leaf('age', 'in', 60), ''],
    [leaf('age', 'in', []), ''],
    [leaf('contribution', 'notIn', [500, '1000']), '/1'],
    [leaf('proxyPaid', 'equal', 'true'), ''],
    [leaf('gender', 'equal', 'male'), ''],
    [leaf('gender', 'in', ['M', 'X']), '/1'],
    [leaf('paymentType', 'equal', 'CURRENT_YEAR'), ''],
    [leaf('hardship', 'contains', 'POOR'), ''],
    [leaf('hardship', 'contains', ['MINIMUM_LIVING', 'OUT_OF_POVERTY']), ''],
    [leaf('age', 'equal', null), ''],
  ])('refuses the value of %j', (condition, path) => {
    const v = validate(withWhen(all(condition)));
    expect(v.errors.map((e) => `${e.code} ${e.path}`)).toEqual([`BAD_CONDITION ${at}/all/0/value${path}`]);
    expect(v.errors[0]!.message).toMatch(CHINESE);
  });

  test('checks village facts by their declared type and values', () => {
    const facts = [
      { name: 'group', label: '村民小组', type: 'enum', values: ['一组', '二组'] },
      { name: 'landArea', label: '承包地亩数', type: 'number' },
      { name: 'note', label: '备注', type: 'string' },
      { name: 'relocated', label: '移民', type: 'boolean' },
    ];
    const good = all(
      leaf('group', 'in', ['一组']),
      leaf('landArea', 'lessThan', 2.5),
      leaf('note', 'equal', '任意文字'),
      leaf('relocated', 'equal', true),
    );
    expect(errorsOf(withWhen(good, facts))).toEqual([]);
    const bad = all(
      leaf('group', 'equal', '三组'),
      leaf('landArea', 'equal', '2'),
      leaf('note', 'equal', 3),
      leaf('relocated', 'contains', true),
    );
    expect(errorsOf(withWhen(bad, facts))).toEqual([
      `BAD_CONDITION ${at}/all/0/value`,
      `BAD_CONDITION ${at}/all/1/value`,
      `BAD_CONDITION ${at}/all/2/value`,
      `BAD_CONDITION ${at}/all/3/operator`,
    ]);
    expect(validate(withWhen(bad, facts)).errors[0]!.message).toContain('一组、二组');
  });
});
