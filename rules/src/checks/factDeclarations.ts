import { BUILT_IN_FACT_NAMES, factsOf } from '../facts.js';
import type { FactDeclaration, FactType } from '../types.js';
import type { Issues } from './issues.js';
import { pointer } from './issues.js';
import { factWhere } from './labels.js';
import type { Obj } from './shape.js';
import { enumField, IDENTIFIER, isRecord, reportUnknownFields, shown, textField } from './shape.js';
import type { FactTable } from './views.js';

const FACT_TYPES: readonly FactType[] = ['number', 'boolean', 'string', 'enum'];

/**
 * `facts` (optional) is an array of `{ name, label, type, values }`: `name` an identifier, `label` text,
 * `type` one of number/boolean/string/enum (BAD_FIELD, as are unknown fields). BAD_FACT_DECLARATION:
 * a built-in fact's name, a name declared twice, an enum without `values` (a non-empty array of distinct
 * non-empty strings), `values` on a type other than enum.
 */
export function checkFactDeclarations(issues: Issues, doc: Obj): FactTable {
  const declared: FactDeclaration[] = [];
  const opaque = new Set<string>();
  const facts = doc.facts;
  if (facts !== undefined && !Array.isArray(facts)) {
    issues.error('/facts', 'BAD_FIELD', `自定义事实（facts）应为列表，现为${shown(facts)}：请改为列表，没有请删除此项`);
  }
  const seen = new Set<string>();
  (Array.isArray(facts) ? facts : []).forEach((raw, index) => {
    const path = pointer('/facts', index);
    const where = factWhere(index);
    if (!isRecord(raw)) {
      issues.error(path, 'BAD_FIELD', `${where}应为对象 { name, label, type }，现为${shown(raw)}：请改正`);
      return;
    }
    const name = checkName(issues, raw, path, where, seen);
    const fact = checkDeclaration(issues, raw, path, where);
    if (name === undefined) return;
    if (fact) declared.push({ ...fact, name });
    else opaque.add(name);
  });
  return { known: factsOf(declared), opaque, declared };
}

function checkName(issues: Issues, raw: Obj, path: string, where: string, seen: Set<string>): string | undefined {
  const name = textField(issues, raw, 'name', path, { where, label: '名称', required: true });
  if (name === undefined) return undefined;
  const at = pointer(path, 'name');
  if (!IDENTIFIER.test(name)) {
    issues.error(at, 'BAD_FIELD', `${where}的名称（name）“${name}”只能用英文字母、数字和下划线，且不以数字开头：请改为例如 landArea`);
    return undefined;
  }
  if (BUILT_IN_FACT_NAMES.has(name)) {
    issues.error(at, 'BAD_FACT_DECLARATION', `${where}的名称“${name}”是内置事实，不能再声明：请删除此声明或换一个名称`);
    return undefined;
  }
  if (seen.has(name)) {
    issues.error(at, 'BAD_FACT_DECLARATION', `${where}的名称“${name}”已声明过：请删除重复的声明或换一个名称`);
    return undefined;
  }
  seen.add(name);
  return name;
}

function checkDeclaration(issues: Issues, raw: Obj, path: string, where: string): Omit<FactDeclaration, 'name'> | undefined {
  reportUnknownFields(issues, raw, path, ['name', 'label', 'type', 'values'], where);
  const label = textField(issues, raw, 'label', path, { where, label: '显示名称', required: true });
  const type = enumField(issues, raw, 'type', path, { where, label: '类型', required: true, values: FACT_TYPES });
  const values = type === undefined ? null : checkValues(issues, raw.values, pointer(path, 'values'), where, type);
  if (label === undefined || type === undefined || values === null) return undefined;
  return values ? { label, type, values } : { label, type };
}

/** The enum's values; undefined when the type needs none; null when they are wrong (reported). */
function checkValues(issues: Issues, values: unknown, path: string, where: string, type: FactType): string[] | undefined | null {
  if (type !== 'enum') {
    if (values === undefined) return undefined;
    issues.error(path, 'BAD_FACT_DECLARATION', `${where}不是枚举（enum）类型，不能有可选值（values）：请删除可选值，或把类型改为 enum`);
    return null;
  }
  const good = Array.isArray(values) && values.length > 0 && values.every((v) => typeof v === 'string' && v.trim() !== '');
  if (!good) {
    issues.error(
      path,
      'BAD_FACT_DECLARATION',
      `${where}是枚举（enum）类型，可选值（values）应为非空的文字列表，现为${shown(values)}：请填写，例如 ["一组", "二组"]`,
    );
    return null;
  }
  const list = values as string[];
  const twice = list.find((v, i) => list.indexOf(v) !== i);
  if (twice !== undefined) {
    issues.error(path, 'BAD_FACT_DECLARATION', `${where}的可选值“${twice}”重复：请删除重复的值`);
    return null;
  }
  return list;
}
