import type { FactInfo } from '../facts.js';
import { amountFen } from '../evaluate/amount.js';
import { fromYuan, toYuan, type Fen } from '../money.js';
import { regionMaxFen } from '../policy.js';
import type { Amount, PolicyYear, RateAmount } from '../types.js';
import type { Issues } from './issues.js';
import { named, yuan } from './labels.js';
import type { RuleView } from './views.js';

/**
 * ABOVE_REGION_MAX, at the rule: one rule alone can pay more than the region cap (the highest tier) of a
 * covered year: a fixed amount above it; a rate whose most (rate × the highest tier for `contribution`,
 * held by min/max) is above it; a rate of another numeric fact with no `max`, or a `max` above it.
 * A warning, as RULESET.md says (warnings never block a client); the editor refuses a typed amount above the
 * cap (`refusedInEditor`), as it refuses a village cap above it.
 */
export function checkAboveRegionMax(
  issues: Issues,
  rules: readonly RuleView[],
  policies: readonly PolicyYear[],
  facts: ReadonlyMap<string, FactInfo>,
): void {
  const byCap = [...policies].sort((a, b) => regionMaxFen(a) - regionMaxFen(b));
  for (const rule of rules) {
    if (!rule.amount) continue;
    for (const policy of byCap) {
      const cap = regionMaxFen(policy);
      const most = mostFen(rule.amount, cap);
      if (most <= cap) continue;
      const bounded = Number.isFinite(most);
      const pays = bounded
        ? `单条最多可付${yuan(most as Fen)}，超过`
        : `没有最高金额（max），按“${ofLabel(rule.amount, facts)}”计算可能超过`;
      const fix = bounded
        ? `请把金额${'rate' in rule.amount ? '或最高金额（max）' : ''}改为不超过${toYuan(cap)}元`
        : `请设置不超过${toYuan(cap)}元的最高金额（max）`;
      const message = `${rule.where}${named(rule)}${pays}${policy.year}年区级上限${yuan(cap)}（当年最高缴费档次）`;
      issues.warn(rule.path, 'ABOVE_REGION_MAX', `${message}，${bounded ? '超出部分不能发放' : '超出部分会被截掉'}：${fix}`);
      break;
    }
  }
}

/**
 * The most a validated amount can pay in fen, given the year's highest tier: what the evaluator pays on it for a
 * fixed amount or a rate of the contribution; for a rate of another fact, its `max` (Infinity when unbounded).
 */
function mostFen(amount: Amount, highestTierFen: Fen): number {
  if ('fixed' in amount || amount.of === 'contribution') return amountFen(amount, { contribution: toYuan(highestTierFen) });
  if (amount.rate === 0) return Math.max(0, fromYuan(amount.min ?? 0) ?? 0);
  return amount.max === undefined ? Infinity : Math.max(fromYuan(amount.max) ?? 0, fromYuan(amount.min ?? 0) ?? 0);
}

function ofLabel(amount: Amount, facts: ReadonlyMap<string, FactInfo>): string {
  return 'of' in amount ? (facts.get(amount.of)?.label ?? amount.of) : '';
}

/**
 * Whether the editor refuses this ABOVE_REGION_MAX warning as an error: the rule's amount says how much it pays
 * (a fixed amount, a rate of the contribution, a rate with a `max`), so the cadre typed a figure above the cap.
 * A rate of another fact with no `max` stays a warning: nothing typed is above the cap.
 */
export function refusedInEditor(doc: unknown, issue: { path: string; code: string }): boolean {
  if (issue.code !== 'ABOVE_REGION_MAX') return false;
  const m = /^\/sections\/(\d+)\/rules\/(\d+)$/.exec(issue.path);
  if (!m) return false;
  const amount = (doc as { sections?: { rules?: { amount?: Partial<Amount> }[] }[] })?.sections?.[Number(m[1])]?.rules?.[Number(m[2])]
    ?.amount;
  if (!amount || typeof amount !== 'object') return false;
  if ('fixed' in amount) return true;
  const rate = amount as Partial<RateAmount>;
  return rate.of === 'contribution' || rate.max !== undefined || rate.rate === 0;
}
