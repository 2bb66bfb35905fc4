import type { FactInfo } from '../facts.js';
import { HARDSHIP_LABELS, PAYMENT_TYPE_LABELS } from '../facts.js';
import type { Issues } from './issues.js';
import { pointer } from './issues.js';
import { isRecord, shown } from './shape.js';

export interface Leaf {
  fact: FactInfo;
  operator: string;
  value: unknown;
  hasValue: boolean;
}

const VALUE_LABELS: Record<string, string> = { ...HARDSHIP_LABELS, ...PAYMENT_TYPE_LABELS, M: '男', F: '女' };

/**
 * The literal `value` of a leaf must fit its fact's type (RULESET.md's table): a number, `true`/`false`,
 * a declared value of a string or enum fact (any text for a village string fact without values), one
 * hardship category for `contains`/`doesNotContain`; for `in`/`notIn` a non-empty array of such values.
 * A `{ "fact": ... }` value (a fact reference) is refused. All BAD_CONDITION.
 */
export function checkLeafValue(issues: Issues, leaf: Leaf, path: string, where: string): boolean {
  const { fact, operator, value } = leaf;
  const subject = `${where}中“${fact.label}”的比较值`;
  if (!leaf.hasValue) {
    issues.error(path, 'BAD_CONDITION', `${where}中“${fact.label}”的条件缺少比较值（value）：请填写`);
    return false;
  }
  if (isRecord(value) && 'fact' in value) {
    issues.error(path, 'BAD_CONDITION', `${subject}不能引用另一个事实：请改为具体的值`);
    return false;
  }
  if (operator !== 'in' && operator !== 'notIn') return single(issues, fact, value, path, subject);
  if (!Array.isArray(value) || value.length === 0) {
    issues.error(path, 'BAD_CONDITION', `${subject}用“属于/不属于”时应为非空列表，现为${shown(value)}：请改为例如 [${example(fact)}]`);
    return false;
  }
  let ok = true;
  value.forEach((v, i) => {
    ok = single(issues, fact, v, pointer(path, i), subject) && ok;
  });
  return ok;
}

function single(issues: Issues, fact: FactInfo, value: unknown, path: string, subject: string): boolean {
  if (fits(fact, value)) return true;
  issues.error(path, 'BAD_CONDITION', `${subject}${shown(value)}不合适：${expected(fact)}`);
  return false;
}

function fits(fact: FactInfo, value: unknown): boolean {
  if (fact.type === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (fact.type === 'boolean') return typeof value === 'boolean';
  if (typeof value !== 'string') return false;
  return fact.values === undefined || fact.values.includes(value);
}

function expected(fact: FactInfo): string {
  if (fact.type === 'number') return '请改为数字，例如 60';
  if (fact.type === 'boolean') return '请改为 true（是）或 false（否）';
  if (!fact.values) return '请改为文字';
  const choices = fact.values.map((v) => (VALUE_LABELS[v] && fact.builtIn ? `${v}（${VALUE_LABELS[v]}）` : v));
  const one = fact.type === 'list' ? '请改为其中一个类别（多个类别请用 any 组合多个“包含”条件）：' : '请改为其中之一：';
  return `${one}${choices.join('、')}`;
}

function example(fact: FactInfo): string {
  if (fact.type === 'number') return '200, 300';
  return fact.values ? `"${fact.values[0]}"` : '"…"';
}
