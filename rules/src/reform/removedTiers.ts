/** TIER_REMOVED: a rule whose condition names a contribution tier of the base year that the draft no longer has. */
import { fromYuan } from '../money.js';
import { tierOf } from '../policy.js';
import type { Condition, PolicyYear, RuleSet } from '../types.js';
import type { ReformIssue } from './types.js';

/** Every rule whose `when` tests `contribution` against a base-year tier missing from the draft, once a rule. */
export function removedTierIssues(ruleSet: RuleSet, base: PolicyYear, draft: PolicyYear): ReformIssue[] {
  const issues: ReformIssue[] = [];
  ruleSet.sections.forEach((section, s) =>
    section.rules.forEach((rule, r) => {
      const gone = [...new Set(contributionValues(rule.when))].filter((yuan) => {
        const fen = fromYuan(yuan);
        return fen !== null && tierOf(base, fen) && !tierOf(draft, fen);
      });
      if (gone.length === 0) return;
      const tiers = gone.map((y) => `${y}元`).join('、');
      issues.push({
        code: 'TIER_REMOVED',
        severity: 'ERROR',
        path: `/sections/${s}/rules/${r}/when`,
        ruleId: rule.id,
        message:
          `“${section.label}”的规则“${rule.label}”（${rule.id}）的条件用到缴费档次${tiers}，${draft.year}年草案已取消该档次：` +
          `原在该档的成员将按最近档次计算，请按新档次改写此条件`,
      });
    }),
  );
  return issues;
}

/** The numbers a condition compares `contribution` with. */
function contributionValues(c: Condition): number[] {
  if ('all' in c) return c.all.flatMap(contributionValues);
  if ('any' in c) return c.any.flatMap(contributionValues);
  if ('not' in c) return contributionValues(c.not);
  if (c.fact !== 'contribution') return [];
  const values = Array.isArray(c.value) ? c.value : [c.value];
  return values.filter((v): v is number => typeof v === 'number');
}

/** The id of the rule a JSON pointer points into (`/sections/0/rules/2/...`), or null. */
export function ruleIdAt(ruleSet: RuleSet, path: string): string | null {
  const m = /^\/sections\/(\d+)\/rules\/(\d+)/.exec(path);
  return m ? (ruleSet.sections[Number(m[1])]?.rules[Number(m[2])]?.id ?? null) : null;
}
