/**
 * TIER_REMOVED: a rule whose condition names a contribution tier of the base year that the draft no longer has. Named
 * as a value (equal, in, and their negations) the rule now matches nobody (or everybody): an error. Named as a
 * threshold (greaterThanInclusive 500) the rule still works for the tiers around it, but the members who were on the
 * removed tier move to the nearest one and may fall on the other side: a warning to review it.
 */
import { fromYuan } from '../money.js';
import { tierOf } from '../policy.js';
import type { Condition, PolicyYear, RuleSet } from '../types.js';
import type { ReformIssue } from './types.js';

/** Every rule whose `when` tests `contribution` against a base-year tier missing from the draft, once a rule. */
export function removedTierIssues(ruleSet: RuleSet, base: PolicyYear, draft: PolicyYear): ReformIssue[] {
  const issues: ReformIssue[] = [];
  ruleSet.sections.forEach((section, s) =>
    section.rules.forEach((rule, r) => {
      const named = contributionLeaves(rule.when).filter((leaf) => {
        const fen = fromYuan(leaf.value);
        return fen !== null && tierOf(base, fen) && !tierOf(draft, fen);
      });
      if (named.length === 0) return;
      const tiers = [...new Set(named.map((leaf) => `${leaf.value}元`))].join('、');
      const asValue = named.some((leaf) => VALUE_OPERATORS.has(leaf.operator));
      issues.push({
        code: 'TIER_REMOVED',
        severity: asValue ? 'ERROR' : 'WARNING',
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

const VALUE_OPERATORS = new Set(['equal', 'notEqual', 'in', 'notIn']);

/** Each number a condition compares `contribution` with, and the operator. */
function contributionLeaves(c: Condition): { operator: string; value: number }[] {
  if ('all' in c) return c.all.flatMap(contributionLeaves);
  if ('any' in c) return c.any.flatMap(contributionLeaves);
  if ('not' in c) return contributionLeaves(c.not);
  if (c.fact !== 'contribution') return [];
  const values = Array.isArray(c.value) ? c.value : [c.value];
  return values.filter((v): v is number => typeof v === 'number').map((value) => ({ operator: c.operator, value }));
}

/** The id of the rule a JSON pointer points into (`/sections/0/rules/2/...`), or null. */
export function ruleIdAt(ruleSet: RuleSet, path: string): string | null {
  const m = /^\/sections\/(\d+)\/rules\/(\d+)/.exec(path);
  return m ? (ruleSet.sections[Number(m[1])]?.rules[Number(m[2])]?.id ?? null) : null;
}
