/** The 决议公开 wording of the 16 pilot rule sets: two worked by hand, all 16 pinned by a snapshot. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { describeRuleSet } from '../../src/describe/describeRuleSet.js';
import { NINGXIA_POLICY_YEARS } from '../../src/policyData.js';
import type { RuleSet } from '../../src/types.js';

const DIR = new URL('../../villages/', import.meta.url);
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const load = (code: string): RuleSet => JSON.parse(readFileSync(new URL(`${code}.json`, DIR), 'utf8')) as RuleSet;
const policyOf = (doc: RuleSet) => NINGXIA_POLICY_YEARS.find((y) => y.year === doc.year)!;
const describePilot = (code: string) => {
  const doc = load(code);
  return describeRuleSet(doc, { policy: policyOf(doc) });
};

describe('顾家桥村 (tier table, 一老一小, cap, prorated budget), worked by hand', () => {
  const d = describePilot('640105006201');

  test('spells the tier table out tier by tier, the 100 and 200 tiers together at 30 yuan', () => {
    expect(d.sections[0]!.lines).toEqual([
      '个人缴费100元、200元的，补助30元。',
      '个人缴费300元的，补助40元。',
      '个人缴费500元的，补助60元。',
      '个人缴费1000元的，补助100元。',
      '个人缴费2000元的，补助150元。',
      '个人缴费3000元的，补助200元。',
    ]);
    expect(d.sections[0]!.how).toBe('');
  });

  test('reads the age and household sections as conditions with their extras', () => {
    expect(d.sections[1]!.lines).toEqual(['年满50周岁的，补助20元。']);
    expect(d.sections[2]!.lines).toEqual(['家中有16周岁以下孩子的，补助20元。']);
  });

  test('names the village cap, the region cap of 3000 yuan, the budget and that it is prorated', () => {
    expect(d.limits).toEqual([
      '每人每年集体补助各项合计最多220元。',
      '每人每年集体补助与社会资助合计不超过自治区当年最高缴费档次3000元，当年已在别处享受的合并计算，超出部分不予补助。',
      '本年度集体补助资金预算60000元。',
      '符合条件人员的补助合计超过预算时，每人按同一比例减发，合计不超过预算。',
    ]);
  });

  test('states the gates and the day ages are taken on', () => {
    expect(d.title).toBe('顾家桥村2025年城乡居保集体补助标准');
    expect(d.eligibility[0]).toBe('本村集体经济组织成员，参加城乡居民基本养老保险并缴纳2025年度个人缴费的，按本标准享受集体补助。');
    expect(d.eligibility[1]).toBe('以往年度补缴、一次性补缴的，不享受集体补助。');
    expect(d.notes[0]).toBe('年龄按当年年末（12月31日）计算。');
  });
});

describe('二道沟村 (a rate of the contribution with a floor), worked by hand', () => {
  const d = describePilot('640181105204');

  test('works out each tier: 8% of 100 and 200 is below the 20 yuan floor, 7% of 500 is 35', () => {
    expect(d.sections[0]!.lines).toEqual([
      '个人缴费100元、200元的，补助20元（按个人缴费额的8%计算，不低于20元）。',
      '个人缴费300元的，补助24元（按个人缴费额的8%计算，不低于20元）。',
      '个人缴费500元的，补助35元（按个人缴费额的7%计算）。',
      '个人缴费1000元的，补助70元（按个人缴费额的7%计算）。',
      '个人缴费2000元的，补助120元（按个人缴费额的6%计算）。',
      '个人缴费3000元的，补助150元（按个人缴费额的5%计算）。',
    ]);
  });

  test('says nothing of a budget it does not have, nor of ages it does not use', () => {
    expect(d.limits).toHaveLength(1);
    expect(d.notes.some((n) => n.includes('年龄'))).toBe(false);
  });
});

describe('every pilot rule set', () => {
  test.each(FILES)('%s reads as a notice with a line for every section', (file) => {
    const doc = load(file.replace('.json', ''));
    const d = describeRuleSet(doc, { policy: policyOf(doc) });
    expect(d.sections).toHaveLength(doc.sections.length);
    for (const s of d.sections) expect(s.lines.length).toBeGreaterThan(0);
    expect(
      [d.title, ...d.eligibility, ...d.sections.flatMap((s) => (s.how ? [...s.lines, s.how] : s.lines)), ...d.limits, ...d.notes].join(
        '\n',
      ),
    ).toMatchSnapshot();
  });
});
