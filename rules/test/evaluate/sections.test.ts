import { describe, expect, test } from 'vitest';
import { evaluateMember } from '../../src/evaluate/roster.js';
import { always, ge, member, policies, rule, ruleSet, section } from './factory.js';

const tiers = [
  rule('t1000', ge('contribution', 1000), { fixed: 50 }),
  rule('t500', ge('contribution', 500), { fixed: 30 }),
  rule('any', always, { fixed: 30 }),
];

describe('sections and hit policies', () => {
  test('FIRST takes the first holding rule in listed order', async () => {
    const o = await evaluateMember(ruleSet({ sections: [section('tier', 'FIRST', tiers)] }), member({ contribution: 500 }), policies);
    expect(o.sections).toEqual([{ key: 'tier', amount: 3000, ruleIds: ['t500'] }]);
  });

  test('MAX takes the largest amount and the first listed on a tie', async () => {
    const rs = ruleSet({ sections: [section('tier', 'MAX', [...tiers].reverse())] });
    expect((await evaluateMember(rs, member({ contribution: 1000 }), policies)).sections[0]).toEqual({
      key: 'tier',
      amount: 5000,
      ruleIds: ['t1000'],
    });
    expect((await evaluateMember(rs, member({ contribution: 500 }), policies)).sections[0]).toEqual({
      key: 'tier',
      amount: 3000,
      ruleIds: ['any'],
    });
  });

  test('SUM adds every holding rule and lists them all', async () => {
    const o = await evaluateMember(ruleSet({ sections: [section('tier', 'SUM', tiers)] }), member({ contribution: 1000 }), policies);
    expect(o.sections[0]).toEqual({ key: 'tier', amount: 11000, ruleIds: ['t1000', 't500', 'any'] });
  });

  test('a section where no rule holds pays 0 with no rule ids, and raw adds the sections', async () => {
    const rs = ruleSet({
      sections: [section('tier', 'FIRST', tiers.slice(0, 2)), section('old', 'SUM', [rule('o', ge('age', 60), { fixed: 10 })])],
    });
    const o = await evaluateMember(rs, member({ contribution: 300, birthDate: '1960-01-01' }), policies);
    expect(o.sections).toEqual([
      { key: 'tier', amount: 0, ruleIds: [] },
      { key: 'old', amount: 1000, ruleIds: ['o'] },
    ]);
    expect(o.raw).toBe(1000);
  });

  test('a rate is computed in fen, rounded half up, then held between min and max', async () => {
    const pct = (min?: number, max?: number) =>
      ruleSet({ sections: [section('pct', 'FIRST', [rule('p', always, { rate: 0.075, of: 'contribution', min, max })])] });
    expect((await evaluateMember(pct(), member({ contribution: 300 }), policies)).raw).toBe(2250);
    expect((await evaluateMember(pct(25), member({ contribution: 300 }), policies)).raw).toBe(2500);
    expect((await evaluateMember(pct(undefined, 20), member({ contribution: 300 }), policies)).raw).toBe(2000);
    const half = ruleSet({
      facts: [{ name: 'score', label: '积分', type: 'number' }],
      sections: [section('s', 'FIRST', [rule('h', always, { rate: 0.05, of: 'score' })])],
    });
    expect((await evaluateMember(half, member({ custom: { score: 0.1 } }, half), policies)).raw).toBe(1);
    expect((await evaluateMember(half, member({ custom: { score: 0.09 } }, half), policies)).raw).toBe(0);
  });

  test('a rate of an absent fact pays 0, even with a min', async () => {
    const rs = ruleSet({
      facts: [{ name: 'score', label: '积分', type: 'number' }],
      sections: [section('s', 'FIRST', [rule('h', always, { rate: 0.5, of: 'score', min: 5 })])],
    });
    expect((await evaluateMember(rs, member({}, rs), policies)).raw).toBe(0);
  });

  test('a leaf on an absent fact does not hold, whatever the operator, and not() inverts it', async () => {
    const facts = [{ name: 'group', label: '村民小组', type: 'enum' as const, values: ['一组', '二组'] }];
    const leaf = { fact: 'group', operator: 'notEqual', value: '一组' };
    const rs = ruleSet({
      facts,
      sections: [
        section('s', 'SUM', [
          rule('ne', { all: [leaf] }),
          rule('notIn', { all: [{ fact: 'group', operator: 'notIn', value: ['一组'] }] }),
          rule('not', { not: leaf }),
        ]),
      ],
    });
    const absent = await evaluateMember(rs, member({}, rs), policies);
    expect(absent.sections[0].ruleIds).toEqual(['not']);
    const second = await evaluateMember(rs, member({ custom: { group: '二组' } }, rs), policies);
    expect(second.sections[0].ruleIds).toEqual(['ne', 'notIn']);
  });

  test('hardship categories are tested with contains', async () => {
    const rs = ruleSet({
      sections: [
        section('h', 'MAX', [
          rule(
            'db',
            {
              any: [
                { fact: 'hardship', operator: 'contains', value: 'MINIMUM_LIVING' },
                { fact: 'hardship', operator: 'contains', value: 'SEVERE_DISABILITY' },
              ],
            },
            { fixed: 100 },
          ),
        ]),
      ],
    });
    expect((await evaluateMember(rs, member({ hardship: ['SEVERE_DISABILITY'] }), policies)).raw).toBe(10000);
    expect((await evaluateMember(rs, member({ hardship: ['OUT_OF_POVERTY'] }), policies)).raw).toBe(0);
  });
});
