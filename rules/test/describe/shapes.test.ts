/** How sections of each shape read, with and without the year's tiers; stored documents that do not validate. */
import { describe, expect, test } from 'vitest';
import { describeRuleSet } from '../../src/describe/describeRuleSet.js';
import { NINGXIA_POLICY_YEARS } from '../../src/policyData.js';
import type { RuleSet, Section } from '../../src/types.js';
import { all, ge, leaf, rule, section, tierSection } from '../validate/factory.js';

const policy = NINGXIA_POLICY_YEARS.find((y) => y.year === 2025)!;
const doc = (sections: Section[], overrides: Partial<RuleSet> = {}): RuleSet => ({
  format: 'cunce.ruleset/1',
  village: '640181105201',
  year: 2025,
  sections,
  ...overrides,
});
const lines = (s: Section, withPolicy = true) => describeRuleSet(doc([s]), { policy: withPolicy ? policy : null }).sections[0]!;

describe('sections by shape', () => {
  test('without the year tiers a tier table reads rule by rule with its hit policy', () => {
    const d = lines(tierSection(), false);
    expect(d.lines).toEqual([
      '个人缴费3000元及以上的，补助300元。',
      '个人缴费1000元及以上的，补助100元。',
      '个人缴费500元及以上的，补助50元。',
      '每人补助20元。',
    ]);
    expect(d.how).toBe('同时符合多条的，按排在前面的一条补助。');
  });

  test('a section paying every tier the same reads as one sentence', () => {
    expect(lines(section('base', [rule('b', ge('contribution', 100), { fixed: 30 })])).lines).toEqual(['按任一档次缴费的，每人补助30元。']);
  });

  test('a ladder of ages reads as bands, a ladder of whole counts one apart as "为"', () => {
    const ages = section('age', [rule('a60', ge('age', 60), { fixed: 30 }), rule('a50', ge('age', 50), { fixed: 10 })]);
    expect(lines(ages).lines).toEqual(['年满60周岁的，补助30元。', '年满50周岁、不满60周岁的，补助10元。']);
    const kids = section('kids', [
      rule('k2', ge('householdChildren', 2), { fixed: 15 }),
      rule('k1', ge('householdChildren', 1), { fixed: 10 }),
    ]);
    expect(lines(kids).lines).toEqual(['家中有16周岁以下孩子2人及以上的，补助15元。', '家中有16周岁以下孩子1人的，补助10元。']);
  });

  test('household counts read as people at home, the member counted among the elderly; wider bands as a range', () => {
    const elderly = section('old', [rule('e', ge('householdElderly', 1), { fixed: 10 })]);
    expect(lines(elderly).lines).toEqual(['家中有60周岁以上老人（含本人）的，补助10元。']);
    const kids = section('kids', [
      rule('k4', ge('householdChildren', 4), { fixed: 30 }),
      rule('k2', ge('householdChildren', 2), { fixed: 15 }),
    ]);
    expect(lines(kids).lines).toEqual(['家中有16周岁以下孩子4人及以上的，补助30元。', '家中有16周岁以下孩子2至3人的，补助15元。']);
    const none = section('none', [rule('n', leaf('householdChildren', 'equal', 0), { fixed: 5 })]);
    expect(lines(none).lines).toEqual(['家中没有16周岁以下孩子的，补助5元。']);
  });

  test('a hardship checklist groups the categories paying the same, highest first', () => {
    const contains = (v: string) => ({ any: [leaf('hardship', 'contains', v)] });
    const s = section(
      'h',
      [
        rule('a', contains('OUT_OF_POVERTY'), { fixed: 20 }),
        rule('b', contains('MINIMUM_LIVING'), { fixed: 50 }),
        rule('c', contains('SEVERE_DISABILITY'), { fixed: 50 }),
      ],
      { hitPolicy: 'MAX' },
    );
    const d = lines(s);
    expect(d.lines).toEqual(['属于低保对象或重度残疾人的，补助50元。', '属于脱贫人口的，补助20元。']);
    expect(d.how).toBe('同时符合多条的，只按金额最高的一条补助，不累加。');
  });

  test('a hardship checklist whose categories add up (SUM) reads rule by rule, so one paid twice reads so', () => {
    const s = section(
      'h',
      [
        rule('a', { any: [leaf('hardship', 'contains', 'MINIMUM_LIVING'), leaf('hardship', 'contains', 'OUT_OF_POVERTY')] }, { fixed: 20 }),
        rule('b', { any: [leaf('hardship', 'contains', 'MINIMUM_LIVING')] }, { fixed: 20 }),
      ],
      { hitPolicy: 'SUM' },
    );
    const d = lines(s);
    expect(d.lines).toEqual(['属于低保对象或脱贫人口的，补助20元。', '属于低保对象的，补助20元。']);
    expect(d.how).toBe('同时符合多条的，各条金额相加。');
  });

  test('a rule every member the gates let through meets reads as 每人, and a tier table stays one', () => {
    const member = all(leaf('isCollectiveMember', 'equal', true));
    expect(lines(section('base', [rule('b', member, { fixed: 30 })]), false).lines).toEqual(['每人补助30元。']);
    expect(lines(section('t', [rule('t1', ge('contribution', 1000), { fixed: 50 }), rule('b', member, { fixed: 30 })])).lines).toEqual([
      '个人缴费100元、200元、300元、500元的，补助30元。',
      '个人缴费1000元、2000元、3000元的，补助50元。',
    ]);
  });

  test('a rate of a village fact with a floor says that a member without the figure gets nothing', () => {
    const s = section('x', [rule('a', ge('score', 1), { rate: 0.1, of: 'score', min: 5 })]);
    const d = describeRuleSet(doc([s], { facts: [{ name: 'score', label: '积分', type: 'number' }] }), { policy }).sections[0]!;
    expect(d.lines).toEqual(['积分1及以上的，按积分的10%补助，不低于5元；未登记积分的，不补助。']);
  });

  test('conditions on several facts are joined with 且, village facts quoted, government payment in words', () => {
    const s = section(
      'x',
      [
        rule('a', all(leaf('age', 'greaterThanInclusive', 60), leaf('proxyPaid', 'equal', true)), { fixed: 40 }),
        rule(
          'b',
          { any: [leaf('group', 'in', ['三组', '四组']), leaf('gender', 'equal', 'F')] },
          { rate: 0.05, of: 'contribution', max: 100 },
        ),
      ],
      { hitPolicy: 'SUM' },
    );
    const d = describeRuleSet(doc([s], { facts: [{ name: 'group', label: '村民小组', type: 'enum', values: ['三组', '四组'] }] }), {
      policy,
    }).sections[0]!;
    expect(d.lines).toEqual([
      '年满60周岁，且个人缴费由政府代缴的，补助40元。',
      '村民小组为“三组”或“四组”，或性别为女的，按个人缴费额的5%补助，不超过100元。',
    ]);
    expect(d.how).toBe('同时符合多条的，各条金额相加。');
  });

  test('a multi-year standard says so in its years, title and budget', () => {
    const d = describeRuleSet(doc([tierSection()], { lastYear: 2027, budget: 5000.5, overBudget: 'REJECT' }), { villageName: '上桥村' });
    expect(d.title).toBe('上桥村2025—2027年城乡居保集体补助标准');
    expect(d.years).toBe('2025年至2027年各年度');
    expect(d.limits.slice(-2)).toEqual([
      '每年度集体补助资金预算5000.50元。',
      '符合条件人员的补助合计超过预算时，不予发放，须调整补助标准或预算并重新决议。',
    ]);
  });
});

describe('documents that do not validate', () => {
  test('an empty group reads as incomplete, never as everyone or nobody, even where the tiers could be spelt out', () => {
    const rules = [rule('any', { any: [] } as never, { fixed: 30 }), rule('all', { all: [] } as never, { fixed: 20 })];
    expect(lines(section('e', rules, { hitPolicy: 'SUM' })).lines).toEqual([
      '（条件不完整）的，补助30元。',
      '（条件不完整）的，补助20元。',
    ]);
  });

  test('a section without rules, a rule without a condition and a missing amount are described, not thrown', () => {
    const broken = doc([
      section('empty', []),
      { key: 'odd', label: '不完整', hitPolicy: 'FIRST', rules: [{ id: 'r', label: 'r' } as never] } as Section,
    ]);
    const d = describeRuleSet(broken, { policy });
    expect(d.sections.map((s) => s.lines)).toEqual([['（本项尚未设置补助规则）'], ['（条件不完整）的，补助金额未填写。']]);
  });
});
