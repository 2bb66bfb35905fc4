import { OPERATOR_LABELS, type FactInfo, type TraceCondition } from '@cunce/rules';
import { valueLabel } from './valueLabels';

/** A trace condition in words: "缴费档次（元） 大于等于 500：本人为 300，不符合". */
export function conditionWords(c: TraceCondition, facts: ReadonlyMap<string, FactInfo>): string {
  const label = facts.get(c.fact)?.label ?? c.fact;
  const op = OPERATOR_LABELS[c.operator] ?? c.operator;
  const wanted = valueLabel(c.fact, c.value);
  const actual =
    c.factValue === undefined || c.factValue === null
      ? '未填写'
      : Array.isArray(c.factValue) && c.factValue.length === 0
        ? '无'
        : valueLabel(c.fact, c.factValue);
  return `${label} ${op} ${wanted}：本人为 ${actual}，${c.result ? '符合' : '不符合'}`;
}

/** Yuan with two decimals where needed: 30 → "30", 30.5 → "30.50". */
export function yuan(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  return Number.isInteger(n)
    ? n.toLocaleString('zh-CN')
    : n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
