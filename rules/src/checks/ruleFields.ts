import type { Issues } from './issues.js';
import { pointer } from './issues.js';
import { ruleWhere, tierWhere } from './labels.js';
import { isRecord, reportUnknownFields, shown, textField } from './shape.js';
import type { RuleView, SectionView } from './views.js';

const RULE_FIELDS = ['id', 'label', 'when', 'amount'];

/**
 * Each rule is `{ id, label, when, amount }`: all four required, nothing else (BAD_FIELD); `id` and `label`
 * non-empty text. An `id` used by an earlier rule anywhere in the document: DUPLICATE_RULE_ID.
 * (`when` and `amount` themselves have checks of their own.)
 */
export function checkRules(issues: Issues, sections: readonly SectionView[]): RuleView[] {
  const ids = new Map<string, string>();
  const views: RuleView[] = [];
  for (const section of sections) {
    (section.rules ?? []).forEach((raw, index) => {
      const path = pointer(section.path, 'rules', index);
      const tier = tierThreshold(section, raw);
      const where = tier === undefined ? ruleWhere(section.index, index) : tierWhere(section.label, tier);
      if (!isRecord(raw)) {
        issues.error(path, 'BAD_FIELD', `${where}应为对象 { id, label, when, amount }，现为${shown(raw)}：请改正`);
        return;
      }
      reportUnknownFields(issues, raw, path, RULE_FIELDS, where);
      const id = textField(issues, raw, 'id', path, { where, label: '编号', required: true });
      textField(issues, raw, 'label', path, { where, label: '名称', required: true });
      if (raw.when === undefined)
        issues.error(pointer(path, 'when'), 'BAD_FIELD', `${where}缺少条件（when）：请填写，对所有人适用可写 {"all": []}`);
      if (raw.amount === undefined)
        issues.error(pointer(path, 'amount'), 'BAD_FIELD', `${where}缺少金额（amount）：请填写，例如 {"fixed": 30}`);
      const first = id === undefined ? undefined : ids.get(id);
      if (first !== undefined) {
        issues.error(pointer(path, 'id'), 'DUPLICATE_RULE_ID', `${where}的编号“${id}”与${first}相同：请换一个不重复的编号`);
      } else if (id !== undefined) {
        ids.set(id, where);
      }
      views.push({ section, index, path, where, obj: raw, id, tier });
    });
  }
  return views;
}

/** The threshold of a tier table's row: in a TIER section, a rule whose condition is only “缴费档次 ≥ n”. */
function tierThreshold(section: SectionView, raw: unknown): number | undefined {
  if (section.obj.kind !== 'TIER' || !isRecord(raw) || !isRecord(raw.when)) return undefined;
  const all = raw.when.all;
  if (!Array.isArray(all) || all.length !== 1 || !isRecord(all[0])) return undefined;
  const { fact, operator, value } = all[0];
  return fact === 'contribution' && operator === 'greaterThanInclusive' && typeof value === 'number' ? value : undefined;
}
