import { fromYuan, type Fen } from '../money.js';
import { opensHardshipTier, tierOf } from '../policy.js';
import type { Hardship, PaymentType, PolicyYear } from '../types.js';
import { isAbsent } from './readers.js';
import { shown, type RowIssues } from './rowIssue.js';

/**
 * Reads `contribution` (yuan) as fen: null means nothing was paid; otherwise more than 0, at most two
 * decimals, and for `CURRENT` one of the year's tiers. Returns undefined after recording a fault.
 * `paymentType` undefined (itself bad) skips the tier check.
 */
export function readContributionFen(
  value: unknown,
  paymentType: PaymentType | undefined,
  policy: PolicyYear,
  issues: RowIssues,
): Fen | null | undefined {
  if (isAbsent(value)) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.error('contribution', 'BAD_FIELD', `应为金额数字（元），现为${shown(value)}；未缴费请留空`);
    return undefined;
  }
  if (value <= 0) {
    issues.error('contribution', 'BAD_CONTRIBUTION', `缴费金额必须大于0，现为${value}元；未缴费请留空`);
    return undefined;
  }
  const fen = fromYuan(value);
  if (fen === null) {
    issues.error('contribution', 'BAD_AMOUNT', `金额最多两位小数（精确到分），现为${value}元，请改正`);
    return undefined;
  }
  if (paymentType === 'CURRENT' && !tierOf(policy, fen)) {
    const tiers = policy.tiers.map((t) => t.amount).join('、');
    issues.error('contribution', 'NOT_A_TIER', `${value}元不是${policy.year}年的缴费档次，当年缴费应为 ${tiers} 元之一`);
    return undefined;
  }
  return fen;
}

/** Warns when a current-year payment is on a tier reserved for hardship groups without such a category. */
export function warnHardshipTier(
  fen: number | null,
  paymentType: PaymentType,
  hardship: readonly Hardship[],
  policy: PolicyYear,
  issues: RowIssues,
): void {
  if (fen === null || paymentType !== 'CURRENT') return;
  const tier = tierOf(policy, fen);
  if (!tier?.hardshipOnly || opensHardshipTier(policy, hardship)) return;
  issues.warn(
    'hardship',
    'HARDSHIP_TIER_WITHOUT_CATEGORY',
    `${tier.amount}元档次只供困难群体选择，此人未填可选该档次的困难类别；请补填困难类别或核对缴费档次`,
  );
}
