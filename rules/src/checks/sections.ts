import type { HitPolicy, SectionKind } from '../types.js';
import type { Issues } from './issues.js';
import { pointer } from './issues.js';
import { sectionWhere } from './labels.js';
import type { Obj } from './shape.js';
import { enumField, IDENTIFIER, isRecord, reportUnknownFields, shown, textField } from './shape.js';
import type { SectionView } from './views.js';

const HIT_POLICIES: readonly HitPolicy[] = ['FIRST', 'MAX', 'SUM'];
const KINDS: readonly SectionKind[] = ['TIER', 'AGE', 'HARDSHIP', 'CUSTOM'];
const SECTION_FIELDS = ['key', 'label', 'kind', 'hitPolicy', 'rules'];

/**
 * `sections` is a non-empty array of sections `{ key, label, kind?, hitPolicy, rules }` (BAD_FIELD for a
 * missing, mistyped or unknown field; `key` an identifier, `kind` TIER/AGE/HARDSHIP/CUSTOM, `hitPolicy`
 * FIRST/MAX/SUM). A key used by an earlier section: DUPLICATE_SECTION. No rules: EMPTY_SECTION.
 */
export function checkSections(issues: Issues, doc: Obj): SectionView[] {
  const sections = doc.sections;
  if (!Array.isArray(sections) || sections.length === 0) {
    const text =
      sections === undefined ? '规则集缺少补助项目（sections）' : `补助项目（sections）应为至少含一节的列表，现为${shown(sections)}`;
    issues.error('/sections', 'BAD_FIELD', `${text}：请至少添加一节，例如“档次补助”`);
    return [];
  }
  const keys = new Map<string, number>();
  const views: SectionView[] = [];
  sections.forEach((raw, index) => {
    const path = pointer('/sections', index);
    const where = sectionWhere(index);
    if (!isRecord(raw)) {
      issues.error(path, 'BAD_FIELD', `${where}应为对象 { key, label, hitPolicy, rules }，现为${shown(raw)}：请改正`);
      return;
    }
    reportUnknownFields(issues, raw, path, SECTION_FIELDS, where);
    const key = checkKey(issues, raw, path, where, keys, index);
    const label = textField(issues, raw, 'label', path, { where, label: '名称', required: true });
    enumField(issues, raw, 'kind', path, { where, label: '类型', required: false, values: KINDS });
    const hitPolicy = enumField(issues, raw, 'hitPolicy', path, { where, label: '命中方式', required: true, values: HIT_POLICIES });
    const rules = checkRulesList(issues, raw.rules, pointer(path, 'rules'), where);
    views.push({ index, path, where, obj: raw, key, label, hitPolicy, rules });
  });
  return views;
}

function checkKey(issues: Issues, raw: Obj, path: string, where: string, keys: Map<string, number>, index: number): string | undefined {
  const key = textField(issues, raw, 'key', path, { where, label: '标识', required: true });
  if (key === undefined) return undefined;
  const at = pointer(path, 'key');
  if (!IDENTIFIER.test(key)) {
    issues.error(at, 'BAD_FIELD', `${where}的标识（key）“${key}”只能用英文字母、数字和下划线，且不以数字开头：请改为例如 tier`);
    return undefined;
  }
  const first = keys.get(key);
  if (first !== undefined) {
    issues.error(at, 'DUPLICATE_SECTION', `${where}的标识“${key}”与${sectionWhere(first)}相同：请换一个不重复的标识`);
    return undefined;
  }
  keys.set(key, index);
  return key;
}

function checkRulesList(issues: Issues, rules: unknown, path: string, where: string): unknown[] | undefined {
  if (rules === undefined || !Array.isArray(rules)) {
    const text = rules === undefined ? `${where}缺少规则（rules）` : `${where}的规则（rules）应为列表，现为${shown(rules)}`;
    issues.error(path, 'BAD_FIELD', `${text}：请改为规则列表`);
    return undefined;
  }
  if (rules.length === 0) issues.error(path, 'EMPTY_SECTION', `${where}没有任何规则：请至少添加一条规则，或删除这一节`);
  return rules;
}
