import { fromYuan } from '../money.js';
import type { Issues } from './issues.js';
import { pointer } from './issues.js';
import type { Obj } from './shape.js';
import { isRecord, shown } from './shape.js';

/** The reason codes an outcome can carry (RULESET.md "From rules to money"), in step order. */
export const REASON_CODES = [
  'NOT_COLLECTIVE_MEMBER',
  'NOT_CURRENT_YEAR_PAYMENT',
  'NO_PERSONAL_CONTRIBUTION',
  'SCHEME_NOT_ACTIVE',
  'NO_RULE_MATCHED',
  'RULE_AMOUNT_ZERO',
  'CAP_VILLAGE',
  'CAP_REGION',
  'PRORATED',
  'DONATION_OVER_CAP',
] as const;

const MONEY = ['raw', 'collective', 'donation', 'donationExcess', 'governmentSubsidy', 'accountCredit'];
/** What `expect` may name: the outcome's fields but `trace`. */
export const EXPECT_FIELDS = ['idNumber', 'eligible', 'reasons', 'age', 'sections', ...MONEY];
export const EXPECT_SECTION_FIELDS = ['key', 'amount', 'ruleIds'];

/**
 * A test case's `expect` names only fields of the outcome (not `trace`), each of its type: money a number
 * with at most two decimals, `reasons` known reason codes, `sections` entries `{ key, amount?, ruleIds? }`
 * with a key. Anything else is BAD_TEST, so a misspelt expectation cannot pass silently.
 */
export function checkExpect(issues: Issues, expect: Obj, path: string, where: string): void {
  const bad = (at: string, text: string): void => issues.error(at, 'BAD_TEST', `${where}的预期结果（expect）${text}`);
  for (const [field, value] of Object.entries(expect)) {
    const at = pointer(path, field);
    if (!EXPECT_FIELDS.includes(field)) bad(at, `不能有“${field}”：结果中没有这一项，请删除或改为 ${EXPECT_FIELDS.join('、')} 之一`);
    else if (MONEY.includes(field)) checkMoney(bad, value, at, field);
    else if (field === 'idNumber' && typeof value !== 'string') bad(at, `中的身份证号应为文字，现为${shown(value)}：请改正`);
    else if (field === 'eligible' && typeof value !== 'boolean')
      bad(at, `中的是否符合条件（eligible）应为 true 或 false，现为${shown(value)}：请改正`);
    else if (field === 'age' && !(Number.isInteger(value) && (value as number) >= 0))
      bad(at, `中的年龄应为整数周岁，现为${shown(value)}：请改正`);
    else if (field === 'reasons') checkReasons(bad, value, at);
    else if (field === 'sections') checkSections(bad, value, at);
  }
}

type Bad = (at: string, text: string) => void;

function checkMoney(bad: Bad, value: unknown, at: string, field: string): void {
  if (typeof value === 'number' && value >= 0 && fromYuan(value) !== null) return;
  bad(at, `中的${field}应为不小于0、最多2位小数的金额（元），现为${shown(value)}：请改正`);
}

function checkReasons(bad: Bad, value: unknown, at: string): void {
  if (!Array.isArray(value)) {
    bad(at, `中的原因（reasons）应为列表，现为${shown(value)}：没有原因请写 []`);
    return;
  }
  value.forEach((code, i) => {
    if (!(REASON_CODES as readonly unknown[]).includes(code)) {
      bad(pointer(at, i), `中的原因${shown(code)}不存在：请改为 ${REASON_CODES.join('、')} 之一`);
    }
  });
}

function checkSections(bad: Bad, value: unknown, at: string): void {
  if (!Array.isArray(value)) {
    bad(at, `中的各节金额（sections）应为列表，现为${shown(value)}：请改为 [{"key": "…", "amount": …}]`);
    return;
  }
  value.forEach((entry, i) => {
    const here = pointer(at, i);
    if (!isRecord(entry) || typeof entry.key !== 'string') {
      bad(here, `中第${i + 1}项应为含节标识（key）的对象，现为${shown(entry)}：请改为 {"key": "…", "amount": …}`);
      return;
    }
    for (const [field, v] of Object.entries(entry)) {
      const there = pointer(here, field);
      if (!EXPECT_SECTION_FIELDS.includes(field)) bad(there, `中第${i + 1}项不能有“${field}”：只能写 key、amount、ruleIds`);
      else if (field === 'amount') checkMoney(bad, v, there, 'amount');
      else if (field === 'ruleIds' && !(Array.isArray(v) && v.every((id) => typeof id === 'string'))) {
        bad(there, `中第${i + 1}项的规则编号（ruleIds）应为文字列表，现为${shown(v)}：请改正`);
      }
    }
  });
}
