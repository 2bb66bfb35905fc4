import { FORMAT, type Hardship, type PolicyYear, type RuleSet, type Section } from '@cunce/rules';
import { tierRule } from './tierRows';
import { ageBandRule } from './ageBands';
import { hardshipRule } from './hardshipRows';
import { clone } from './clone';

/** Starting points for a village's standard (POLICY.md, "Schemes seen elsewhere"). */

export type TemplateKey = 'FIXED' | 'TIER_TABLE' | 'TIER_RATE' | 'HARDSHIP_INCENTIVE' | 'ELDER_EXTRA';

export interface Template {
  key: TemplateKey;
  label: string;
  description: string;
  sections: (policy: PolicyYear | undefined) => Section[];
}

const paidTiers = (policy: PolicyYear | undefined) =>
  (policy?.tiers ?? [])
    .filter((t) => !t.hardshipOnly)
    .map((t) => t.amount)
    .sort((a, b) => a - b);

export function fixedSection(amount = 30): Section {
  return {
    key: 'base',
    label: '每人固定补助',
    kind: 'CUSTOM',
    hitPolicy: 'FIRST',
    rules: [
      {
        id: 'base',
        label: '当年缴费的集体经济组织成员',
        when: { all: [{ fact: 'isCollectiveMember', operator: 'equal', value: true }] },
        amount: { fixed: amount },
      },
    ],
  };
}

export function tierSection(policy: PolicyYear | undefined, amountOf: (tier: number) => Section['rules'][number]['amount']): Section {
  const tiers = paidTiers(policy).length ? paidTiers(policy) : [200, 300, 500, 1000, 2000, 3000];
  const rules = [...tiers].reverse().map((t) => tierRule(`t${t}`, t, amountOf(t)));
  return { key: 'tier', label: '档次补助', kind: 'TIER', hitPolicy: 'FIRST', rules };
}

/** 江山's rates: 8% for 200 and 300, 7% for 500 and 1000, 6% for 2000, 5% from 3000. */
const jiangshanRate = (t: number) => (t >= 3000 ? 0.05 : t >= 2000 ? 0.06 : t >= 500 ? 0.07 : 0.08);

export function hardshipSection(amounts: Partial<Record<Hardship, number>>): Section {
  const rules = Object.entries(amounts).map(([c, fixed]) => hardshipRule(`h_${c.toLowerCase()}`, c as Hardship, { fixed: fixed! }));
  return { key: 'hardship', label: '困难群体补助', kind: 'HARDSHIP', hitPolicy: 'MAX', rules };
}

export function ageSection(): Section {
  return {
    key: 'age',
    label: '年龄补助（一老一小）',
    kind: 'AGE',
    hitPolicy: 'MAX',
    rules: [ageBandRule('age45', 45, 50, { fixed: 20 }), ageBandRule('age50', 50, null, { fixed: 40 })],
  };
}

export const TEMPLATES: Template[] = [
  {
    key: 'FIXED',
    label: '每人固定金额',
    description: '每位当年缴费的集体经济组织成员补助相同金额（如30元）',
    sections: () => [fixedSection(30)],
  },
  {
    key: 'TIER_TABLE',
    label: '按缴费档次定额',
    description: '缴费档次越高补助越多（多缴多得），每档一个金额',
    sections: (p) => [tierSection(p, (t) => ({ fixed: Math.min(Math.round(t / 10), 300) }))],
  },
  {
    key: 'TIER_RATE',
    label: '按缴费档次的比例',
    description: '补助为缴费档次的一定比例（如江山：8%至5%），设每人上限',
    sections: (p) => [tierSection(p, (t) => ({ rate: jiangshanRate(t), of: 'contribution', max: 300 }))],
  },
  {
    key: 'HARDSHIP_INCENTIVE',
    label: '困难群体保底加激励',
    description: '困难群体给保底补助，其他人按档次给激励',
    sections: (p) => [
      hardshipSection({
        MINIMUM_LIVING: 50,
        LOW_INCOME_MARGINAL: 50,
        DESTITUTE_SUPPORT: 50,
        POVERTY_MONITORING: 50,
        SEVERE_DISABILITY: 50,
      }),
      tierSection(p, (t) => ({ fixed: t >= 1000 ? 60 : t >= 500 ? 40 : 20 })),
    ],
  },
  {
    key: 'ELDER_EXTRA',
    label: '年龄大的多补',
    description: '每人基础补助，45周岁以上再加',
    sections: () => [fixedSection(20), ageSection()],
  },
];

export function emptyRuleSet(village: string, year: number, villageName = ''): RuleSet {
  return {
    format: FORMAT,
    village,
    year,
    title: villageName ? `${villageName}${year}年城乡居保集体补助标准` : `${year}年城乡居保集体补助标准`,
    fundSource: 'COLLECTIVE_INCOME',
    ageAsOf: 'YEAR_END',
    sections: [],
    tests: [],
  };
}

export function fromTemplate(t: Template, village: string, year: number, policy: PolicyYear | undefined, villageName = ''): RuleSet {
  return { ...emptyRuleSet(village, year, villageName), sections: t.sections(policy) };
}

/** Last year's standard carried to this year: same sections and settings, the year moved, tests kept. */
export function fromLastYear(previous: RuleSet, year: number): RuleSet {
  const copy = clone(previous);
  copy.year = year;
  delete copy.lastYear;
  if (copy.title) copy.title = copy.title.replace(String(previous.year), String(year));
  return copy;
}
