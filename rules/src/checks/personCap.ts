import { regionMaxFen } from '../policy.js';
import { fromYuan } from '../money.js';
import type { PolicyYear } from '../types.js';
import type { Issues } from './issues.js';
import { yuan } from './labels.js';

/**
 * The village's `personCap` may not be above the region cap (the year's highest tier) of any year the
 * standard covers: CAP_ABOVE_REGION_MAX, reported once, for the year with the lowest cap.
 * (A malformed `personCap` is BAD_AMOUNT, reported with the document's fields.)
 */
export function checkPersonCap(issues: Issues, personCap: unknown, policies: readonly PolicyYear[]): void {
  if (typeof personCap !== 'number') return;
  const capFen = fromYuan(personCap);
  if (capFen === null || capFen < 0) return;
  const lowest = [...policies].sort((a, b) => regionMaxFen(a) - regionMaxFen(b))[0];
  if (!lowest || capFen <= regionMaxFen(lowest)) return;
  const regionMax = regionMaxFen(lowest);
  issues.error(
    '/personCap',
    'CAP_ABOVE_REGION_MAX',
    `每人补助上限（personCap）${yuan(capFen)}高于${lowest.year}年区级上限${yuan(regionMax)}（当年最高缴费档次）：请改为不超过${yuan(regionMax)}`,
  );
}
