import { HARDSHIP_CATEGORIES, type FactType } from './types.js';

/** A fact a rule can test: its type decides which operators and values fit (RULESET.md). */
export interface FactInfo {
  name: string;
  label: string;
  type: FactType | 'list';
  values?: readonly string[];
  builtIn: boolean;
}

export const HARDSHIP_LABELS: Record<string, string> = {
  MINIMUM_LIVING: '低保对象',
  LOW_INCOME_MARGINAL: '低保边缘家庭成员',
  DESTITUTE_SUPPORT: '特困供养人员',
  POVERTY_MONITORING: '防止返贫（致贫）监测对象',
  OUT_OF_POVERTY: '脱贫人口',
  SEVERE_DISABILITY: '重度残疾人',
  DISABILITY_GRADE_3_4: '三、四级智力、精神、视力残疾人',
  OTHER_HARDSHIP: '其他困难群体',
};

export const GENDER_LABELS: Record<string, string> = { M: '男', F: '女' };

export const PAYMENT_TYPE_LABELS: Record<string, string> = {
  CURRENT: '当年缴费',
  BACK_PAY: '以往年度补缴',
  LUMP_SUM: '一次性补缴',
};

/** The outcome's reason codes (RULESET.md, in the order of the steps) in the words cadres and the agency read. */
export const REASON_LABELS: Record<string, string> = {
  NOT_COLLECTIVE_MEMBER: '不是本村集体经济组织成员',
  NOT_CURRENT_YEAR_PAYMENT: '补缴或一次性补缴，不予补助',
  NO_PERSONAL_CONTRIBUTION: '本人未缴费',
  SCHEME_NOT_ACTIVE: '补助方案未备案或已暂停',
  NO_RULE_MATCHED: '不符合本村补助规则中的任何一条（缴费档次、年龄等不在规则所列范围内）',
  RULE_AMOUNT_ZERO: '所符合的规则补助金额为0元',
  CAP_VILLAGE: '超过本村每人上限，按上限发放',
  CAP_REGION: '超过自治区最高缴费档次，按上限发放',
  PRORATED: '预算不足，按比例发放',
  DONATION_OVER_CAP: '社会资助超过上限，超出部分退回',
};

export const BUILT_IN_FACTS: readonly FactInfo[] = [
  { name: 'age', label: '年龄（周岁）', type: 'number', builtIn: true },
  { name: 'gender', label: '性别', type: 'string', values: ['M', 'F'], builtIn: true },
  { name: 'contribution', label: '缴费档次（元）', type: 'number', builtIn: true },
  { name: 'paymentType', label: '缴费类型', type: 'enum', values: ['CURRENT', 'BACK_PAY', 'LUMP_SUM'], builtIn: true },
  { name: 'proxyPaid', label: '政府代缴', type: 'boolean', builtIn: true },
  { name: 'hardship', label: '困难类别', type: 'list', values: HARDSHIP_CATEGORIES, builtIn: true },
  { name: 'contributionYears', label: '已缴费年限', type: 'number', builtIn: true },
  { name: 'householdElderly', label: '家庭60周岁以上人数', type: 'number', builtIn: true },
  { name: 'householdChildren', label: '家庭16周岁以下人数', type: 'number', builtIn: true },
  { name: 'isCollectiveMember', label: '集体经济组织成员', type: 'boolean', builtIn: true },
];

export const BUILT_IN_FACT_NAMES: ReadonlySet<string> = new Set(BUILT_IN_FACTS.map((f) => f.name));

/** Operators allowed for each fact type (RULESET.md, the table under `when`). */
export const OPERATORS_BY_TYPE: Record<FactInfo['type'], readonly string[]> = {
  number: ['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'in', 'notIn'],
  boolean: ['equal', 'notEqual'],
  string: ['equal', 'notEqual', 'in', 'notIn'],
  enum: ['equal', 'notEqual', 'in', 'notIn'],
  list: ['contains', 'doesNotContain'],
};

export const OPERATOR_LABELS: Record<string, string> = {
  equal: '等于',
  notEqual: '不等于',
  lessThan: '小于',
  lessThanInclusive: '小于等于',
  greaterThan: '大于',
  greaterThanInclusive: '大于等于',
  in: '属于',
  notIn: '不属于',
  contains: '包含',
  doesNotContain: '不包含',
};

/** The facts a rule set can use: the built-in ones and the village's declared ones. */
export function factsOf(
  declared: readonly { name: string; label: string; type: FactType; values?: string[] }[] = [],
): Map<string, FactInfo> {
  const map = new Map<string, FactInfo>(BUILT_IN_FACTS.map((f) => [f.name, f]));
  for (const d of declared) if (!map.has(d.name)) map.set(d.name, { ...d, builtIn: false });
  return map;
}
