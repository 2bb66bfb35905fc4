import { describe, expect, test } from 'vitest';
import { all, always, CHINESE, ge, leaf, rule, ruleSet, section, tierSection, validate } from './factory.js';

const monotone = (doc: unknown) => validate(doc).warnings.filter((w) => w.code === 'NOT_MONOTONE');
const withSections = (...sections: unknown[]) => ruleSet({ sections, tests: [] });

describe('NOT_MONOTONE', () => {
  test('warns at a tier table that pays less for a higher tier', () => {
    const drops = section('tier', [
      rule('t2000', ge('contribution', 2000), { fixed: 100 }),
      rule('t1000', ge('contribution', 1000), { fixed: 150 }),
      rule('rest', always, { fixed: 50 }),
    ]);
    const v = validate(withSections(drops));
    expect(v.valid).toBe(true);
    expect(monotone(withSections(drops))).toEqual([
      {
        path: '/sections/0',
        code: 'NOT_MONOTONE',
        message: expect.stringContaining('缴费2000元的成员集体补助合计100元，少于缴费1000元的成员的150元'),
      },
    ]);
    expect(v.warnings[0]!.message).toMatch(CHINESE);
  });

  test.each([
    ['a rising tier table', tierSection()],
    ['one amount for all', section('flat', [rule('flat', always, { fixed: 30 })])],
    ['a percentage with a max', section('pct', [rule('pct', always, { rate: 0.1, of: 'contribution', max: 150 })])],
    ['a percentage with a min', section('pct', [rule('pct', always, { rate: 0.05, of: 'contribution', min: 20, max: 100 })])],
    [
      'a falling percentage by tier (江山)',
      section('js', [
        rule('p3000', ge('contribution', 3000), { rate: 0.05, of: 'contribution' }),
        rule('p2000', ge('contribution', 2000), { rate: 0.06, of: 'contribution' }),
        rule('p500', ge('contribution', 500), { rate: 0.07, of: 'contribution' }),
        rule('p200', always, { rate: 0.08, of: 'contribution' }),
      ]),
    ],
  ])('is silent on %s', (_, s) => {
    expect(monotone(withSections(s))).toEqual([]);
  });

  test('finds a drop that only members of some age get', () => {
    const s = section('tier', [
      rule('old2000', all(leaf('age', 'greaterThanInclusive', 60), leaf('contribution', 'greaterThanInclusive', 2000)), { fixed: 50 }),
      rule('t1000', ge('contribution', 1000), { fixed: 100 }),
    ]);
    const [warning] = monotone(withSections(s));
    expect(warning).toMatchObject({ path: '/sections/0' });
    expect(warning!.message).toMatch(/年龄（周岁）=6[01]/);
  });

  test('finds a drop for members with a village fact and a hardship category', () => {
    const facts = [{ name: 'group', label: '村民小组', type: 'enum', values: ['一组', '二组'] }];
    const s = section('hard', [
      rule(
        'h',
        all(leaf('group', 'equal', '二组'), leaf('hardship', 'contains', 'OUT_OF_POVERTY'), leaf('contribution', 'lessThan', 500)),
        { fixed: 80 },
      ),
      rule('rest', always, { fixed: 20 }),
    ]);
    expect(monotone(ruleSet({ facts, sections: [s], tests: [] }))).toHaveLength(1);
  });

  test('reports the section whose amount drops, once', () => {
    const rising = tierSection();
    const drops = section('old', [rule('o1', ge('contribution', 3000), { fixed: 0 }), rule('o2', ge('contribution', 200), { fixed: 500 })]);
    expect(monotone(withSections(rising, drops)).map((w) => w.path)).toEqual(['/sections/1']);
  });

  test('is silent when another section more than makes up for a drop', () => {
    const drops = section('a', [
      rule('a2000', ge('contribution', 2000), { fixed: 0 }),
      rule('a1000', ge('contribution', 1000), { fixed: 100 }),
    ]);
    const rises = section('b', [rule('b2000', ge('contribution', 2000), { fixed: 200 })]);
    expect(monotone(withSections(drops, rises))).toEqual([]);
  });

  test('compares the hardship tier too (100 pays more than 200)', () => {
    const s = section('t', [rule('low', all(leaf('contribution', 'equal', 100)), { fixed: 60 }), rule('rest', always, { fixed: 30 })]);
    expect(monotone(withSections(s))[0]!.message).toContain('缴费200元');
  });

  test('skips the check while a rule is broken', () => {
    const s = section('tier', [
      rule('t2000', ge('contribution', 2000), { fixed: 100 }),
      rule('t1000', ge('contribution', 1000), { fixed: -1 }),
    ]);
    expect(monotone(withSections(s))).toEqual([]);
  });
});
