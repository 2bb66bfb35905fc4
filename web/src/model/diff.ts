/**
 * A readable JSON-level diff between two rule sets: what was added, removed or changed, with the place named in
 * words. Arrays of sections and rules are matched by `key` / `id`, so inserting a rule does not show every later
 * rule as changed.
 */
import { valueWords } from './diffValue';

export interface Change {
  kind: 'added' | 'removed' | 'changed';
  place: string;
  /** The JSON name the values stand under (their codes are shown by label). */
  field?: string;
  before?: unknown;
  after?: unknown;
}

/** Chinese words for the rule set's JSON field names (also used for messages: model/issueText.ts). */
export const FIELD_WORDS: Record<string, string> = {
  title: '标准名称',
  lastYear: '执行到',
  personCap: '每人补助上限',
  budget: '年度预算',
  overBudget: '超出预算时',
  ageAsOf: '年龄计算日',
  fundSource: '资金来源',
  facts: '本村自定义条件',
  sections: '补助规则',
  tests: '测试用例',
  label: '名称',
  hitPolicy: '符合多条时',
  kind: '类型',
  rules: '规则',
  when: '条件',
  amount: '金额',
  fixed: '定额',
  rate: '比例',
  of: '比例基数',
  min: '最低',
  max: '最高',
  id: '编号',
  key: '代码',
  year: '补助年度',
  village: '村',
  all: '全部满足',
  any: '任一满足',
  not: '排除',
  fact: '条件项',
  operator: '比较',
  value: '值',
  name: '名称',
  expect: '预期',
  member: '成员',
  type: '类型',
  values: '可选值',
  format: '格式',
};

/** Words for the fields of the audit log's snapshots (users, policy years, villages, schemes, rosters, settlements). */
const SNAPSHOT_WORDS: Record<string, string> = {
  status: '状态',
  filedVersion: '已备案版本',
  currentVersion: '当前版本',
  filingRound: '报送轮次',
  returnReason: '退回理由',
  valid: '校验通过',
  department: '部门',
  username: '用户名',
  realName: '姓名',
  phone: '联系电话',
  county: '县（区）',
  role: '角色',
  areaCode: '区域代码',
  disabled: '已停用',
  lockedUntil: '锁定至',
  address: '登录地址',
  provisional: '暂定代码',
  township: '乡镇',
  code: '代码',
  cadresMoved: '随之更新的村干部账号',
  scheme: '方案',
  version: '版本',
  ruleSet: '补助标准',
  reason: '理由',
  effectiveDate: '生效日期',
  resumedAt: '恢复时间',
  supplementary: '补充结算',
  schemeActive: '方案在实施',
  members: '人数',
  eligible: '享受人数',
  total: '花名册人数',
  imported: '新增',
  updated: '更新',
  removed: '移除',
  replace: '以导入为准',
  warnings: '提醒',
  replacedDrafts: '替换的草稿',
  step: '步骤',
  date: '日期',
  note: '说明',
  attendance: '出席',
  votes: '表决',
  expected: '应到',
  present: '实到',
  for: '赞成',
  against: '反对',
  abstain: '弃权',
  tiers: '缴费档次',
  governmentSubsidy: '政府补贴',
  hardshipOnly: '仅限困难群体',
  hardshipTierCategories: '可选困难档次的人员',
  backPayEarnsSubsidy: '补缴享受政府补贴',
};

type Json = unknown;
const isObj = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const idOf = (v: Json): string | null => (isObj(v) ? (typeof v.id === 'string' ? v.id : typeof v.key === 'string' ? v.key : null) : null);

function placeOf(parts: string[]): string {
  return parts.join(' › ') || '整个标准';
}

function nameOf(item: Json, index: number): string {
  if (isObj(item) && typeof item.label === 'string') return `「${item.label}」`;
  if (isObj(item) && typeof item.name === 'string') return `「${item.name}」`;
  if (isObj(item) && typeof item.amount === 'number' && 'governmentSubsidy' in item) return `${item.amount}元档`; // a policy year's tier
  return `第${index + 1}项`;
}

function walk(a: Json, b: Json, parts: string[], out: Change[], field?: string): void {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    const keyed = [...a, ...b].every((x) => idOf(x) !== null);
    if (keyed) {
      const before = new Map(a.map((x, i) => [idOf(x)!, { x, i }]));
      const after = new Map(b.map((x, i) => [idOf(x)!, { x, i }]));
      for (const [id, { x, i }] of before)
        if (!after.has(id)) out.push({ kind: 'removed', place: placeOf([...parts, nameOf(x, i)]), before: x });
      for (const [id, { x, i }] of after) {
        const old = before.get(id);
        if (!old) out.push({ kind: 'added', place: placeOf([...parts, nameOf(x, i)]), after: x });
        else walk(old.x, x, [...parts, nameOf(x, i)], out, field);
      }
      const order = (m: Map<string, unknown>, other: Map<string, unknown>) => [...m.keys()].filter((k) => other.has(k)).join(',');
      if (order(before, after) !== order(after, before))
        out.push({
          kind: 'changed',
          place: placeOf([...parts, '顺序']),
          before: [...before.keys()].join('、'),
          after: [...after.keys()].join('、'),
        });
      return;
    }
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const p = [...parts, nameOf(b[i] ?? a[i], i)];
      if (i >= a.length) out.push({ kind: 'added', place: placeOf(p), field, after: b[i] });
      else if (i >= b.length) out.push({ kind: 'removed', place: placeOf(p), field, before: a[i] });
      else walk(a[i], b[i], p, out, field);
    }
    return;
  }
  if (isObj(a) && isObj(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const p = [...parts, FIELD_WORDS[k] ?? SNAPSHOT_WORDS[k] ?? k];
      if (!(k in a)) out.push({ kind: 'added', place: placeOf(p), field: k, after: b[k] });
      else if (!(k in b)) out.push({ kind: 'removed', place: placeOf(p), field: k, before: a[k] });
      else walk(a[k], b[k], p, out, k);
    }
    return;
  }
  out.push({ kind: 'changed', place: placeOf(parts), field, before: a, after: b });
}

export function diffRuleSets(before: Json, after: Json): Change[] {
  const out: Change[] = [];
  walk(before, after, [], out);
  return out;
}

/** A value shown in a diff, in words (codes by their labels, objects as “名称：值”), never JSON. */
export const shownValue = (v: unknown, field?: string): string => valueWords(v, field, { ...SNAPSHOT_WORDS, ...FIELD_WORDS });
