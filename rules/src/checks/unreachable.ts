import type { FactInfo } from '../facts.js';
import type { Issues } from './issues.js';
import { implies } from './implication.js';
import type { RuleView, SectionView } from './views.js';
import { named } from './labels.js';
import { WORK_BUDGET, weightOf } from './workBudget.js';

/**
 * UNREACHABLE_RULE, at the rule: in a FIRST section, a rule that an earlier rule always shadows, because
 * whenever its own condition holds the earlier one's does too (implication.ts): an earlier rule that
 * holds for every member the gates let through (集体经济组织成员 = 是), a wider range on the same fact (contribution ≥ 500 before contribution ≥ 1000),
 * a set that contains the later one's values. Rules whose condition is broken are left out;
 * a heavy document is compared only as far as the work budget goes (workBudget.ts).
 */
export function checkUnreachable(
  issues: Issues,
  sections: readonly SectionView[],
  rules: readonly RuleView[],
  facts: ReadonlyMap<string, FactInfo>,
): void {
  let budget = WORK_BUDGET;
  const affordable = (a: RuleView, b: RuleView): boolean => (budget -= weightOf(a.when!) * weightOf(b.when!)) >= 0;
  for (const section of sections) {
    if (section.hitPolicy !== 'FIRST') continue;
    const sound = rules.filter((r) => r.section === section && r.when);
    sound.forEach((rule, j) => {
      const shadow = sound.slice(0, j).find((earlier) => affordable(rule, earlier) && implies(rule.when!, earlier.when!, facts));
      if (!shadow) return;
      if (rule.tier !== undefined && shadow.tier !== undefined) {
        issues.warn(rule.path, 'UNREACHABLE_RULE', tierShadowed(rule, shadow));
        return;
      }
      issues.warn(
        rule.path,
        'UNREACHABLE_RULE',
        `${rule.where}${named(rule)}永远不会生效：凡符合它条件的人都已符合前面第${shadow.index + 1}条规则${named(shadow)}的条件，` +
          '本节按“第一条符合的规则”计算：请把范围窄的规则移到前面，或修改条件',
      );
    });
  }
}

/** A tier row another row hides: the same threshold twice, or the table's rows out of order (JSON edited by hand). */
function tierShadowed(rule: RuleView, shadow: RuleView): string {
  if (rule.tier === shadow.tier)
    return `${rule.where}永远不会生效：表中已有一行${shadow.tier}元档，同一档次只能有一行：请改为其他档次，或删除这一行`;
  return (
    `${rule.where}永远不会生效：缴费达到${rule.tier}元的人都已按${shadow.tier}元档计算，因为各档没有按从高到低排列：` +
    '在表中改动任一行的档次后离开输入框，表格会重新排好'
  );
}
