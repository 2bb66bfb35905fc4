import { OPERATORS_BY_TYPE, OPERATOR_LABELS } from '../facts.js';
import type { Issues } from './issues.js';
import { pointer } from './issues.js';
import { checkLeafValue } from './leafValue.js';
import type { Obj } from './shape.js';
import { isRecord, shown } from './shape.js';
import type { FactTable } from './views.js';

/** How deep `all`/`any`/`not` may nest; the top level counts as 1. */
export const MAX_DEPTH = 8;
const GROUPS = ['all', 'any', 'not'] as const;
const GROUP_WORDS = { all: 'all（全部满足）', any: 'any（任一满足）' } as const;
/** Keys json-rules-engine would accept on a condition, refused here (BAD_CONDITION, not BAD_FIELD). */
const ENGINE_ONLY = ['path', 'params', 'priority', 'name', 'condition'];

interface Walk {
  issues: Issues;
  where: string;
  facts: FactTable;
}

/**
 * A rule's `when` is `{ "all": [...] }`, `{ "any": [...] }` or `{ "not": {...} }`, nested at most
 * MAX_DEPTH deep, no group empty (a `not` around an empty group is reported at that group), with leaves exactly `{ fact, operator, value }` (BAD_CONDITION otherwise; what
 * json-rules-engine alone knows — path, params, priority, named conditions — is BAD_CONDITION too; any
 * other extra field is BAD_FIELD). A fact neither built in nor declared: UNKNOWN_FACT. The operator and
 * the literal value must fit the fact's type (leafValue.ts). Returns whether the condition is sound.
 */
export function checkCondition(issues: Issues, when: unknown, path: string, where: string, facts: FactTable): boolean {
  const walk = { issues, where: `${where}的条件`, facts };
  if (!isRecord(when) || !GROUPS.some((g) => g in when)) {
    issues.error(
      path,
      'BAD_CONDITION',
      `${walk.where}最外层应为 all（全部满足）、any（任一满足）或 not（不满足），现为${shown(when)}：请改为例如 {"all": [...]}`,
    );
    return false;
  }
  return node(walk, when, path, 1);
}

function node(walk: Walk, raw: unknown, path: string, depth: number): boolean {
  if (!isRecord(raw)) {
    walk.issues.error(
      path,
      'BAD_CONDITION',
      `${walk.where}中${shown(raw)}不是条件：请改为 {"fact", "operator", "value"} 或 all/any/not 组合`,
    );
    return false;
  }
  const groups = GROUPS.filter((g) => g in raw);
  if (groups.length > 1) {
    walk.issues.error(path, 'BAD_CONDITION', `${walk.where}在同一层同时用了 ${groups.join('、')}：每层只能用一个，请拆成嵌套的组合`);
    return false;
  }
  return groups.length === 1 ? group(walk, raw, groups[0]!, path, depth) : leaf(walk, raw, path);
}

function group(walk: Walk, raw: Obj, kind: (typeof GROUPS)[number], path: string, depth: number): boolean {
  let ok = extraFields(walk, raw, path, [kind]);
  if (depth > MAX_DEPTH) {
    walk.issues.error(path, 'BAD_CONDITION', `${walk.where}嵌套超过${MAX_DEPTH}层：请简化条件`);
    return false;
  }
  const inner = raw[kind];
  if (kind === 'not') return node(walk, inner, pointer(path, 'not'), depth + 1) && ok;
  if (!Array.isArray(inner)) {
    walk.issues.error(pointer(path, kind), 'BAD_CONDITION', `${walk.where}中 ${kind} 后应为条件列表，现为${shown(inner)}：请改为 [...]`);
    return false;
  }
  if (inner.length === 0) {
    const text = `${walk.where}中的 ${GROUP_WORDS[kind]} 是空的，没有说明补助给谁（空条件组既不表示“所有人”，也不表示“无人”）`;
    walk.issues.error(pointer(path, kind), 'BAD_CONDITION', `${text}：请至少加一个条件，或删除这个组`);
    return false;
  }
  inner.forEach((child, i) => {
    ok = node(walk, child, pointer(path, kind, i), depth + 1) && ok;
  });
  return ok;
}

function leaf(walk: Walk, raw: Obj, path: string): boolean {
  const { issues, where } = walk;
  if ('condition' in raw) {
    issues.error(pointer(path, 'condition'), 'BAD_CONDITION', `${where}不能引用命名条件：请把条件直接写出来`);
    return false;
  }
  const ok = extraFields(walk, raw, path, ['fact', 'operator', 'value']);
  const fact = raw.fact;
  if (typeof fact !== 'string') {
    issues.error(
      pointer(path, 'fact'),
      'BAD_CONDITION',
      `${where}缺少要比较的事实（fact）或它不是文字（现为${shown(fact)}）：请填写，例如 "age"`,
    );
    return false;
  }
  if (walk.facts.opaque.has(fact)) return false; // its declaration is reported already
  const info = walk.facts.known.get(fact);
  if (!info) {
    issues.error(
      pointer(path, 'fact'),
      'UNKNOWN_FACT',
      `${where}用到的事实“${fact}”不存在：请改为内置事实（如 age、contribution、hardship）或先在自定义事实（facts）中声明`,
    );
    return false;
  }
  const allowed = OPERATORS_BY_TYPE[info.type];
  if (typeof raw.operator !== 'string' || !allowed.includes(raw.operator)) {
    const names = allowed.map((o) => `${o}（${OPERATOR_LABELS[o]}）`).join('、');
    issues.error(
      pointer(path, 'operator'),
      'BAD_CONDITION',
      `${where}中“${info.label}”不能用运算符${shown(raw.operator)}：请改为 ${names} 之一`,
    );
    return false;
  }
  return (
    checkLeafValue(
      issues,
      { fact: info, operator: raw.operator, value: raw.value, hasValue: 'value' in raw },
      pointer(path, 'value'),
      where,
    ) && ok
  );
}

/** Fields beyond `allowed`: json-rules-engine's own are BAD_CONDITION, anything else BAD_FIELD. */
function extraFields(walk: Walk, raw: Obj, path: string, allowed: readonly string[]): boolean {
  let ok = true;
  for (const key of Object.keys(raw)) {
    if (allowed.includes(key)) continue;
    ok = false;
    const engineOnly = ENGINE_ONLY.includes(key);
    const text = engineOnly ? `不支持“${key}”` : `有未知字段“${key}”`;
    walk.issues.error(
      pointer(path, key),
      engineOnly ? 'BAD_CONDITION' : 'BAD_FIELD',
      `${walk.where}${text}：请删除它（条件只能写 all/any/not 或 fact、operator、value）`,
    );
  }
  return ok;
}
