import type { Hardship, PolicySource, PolicyTier, PolicyYear } from './types.js';
import { fromYuan, type Fen } from './money.js';

/** The year's highest tier in fen: the region cap of rule P7 (always derived, never stored). */
export function regionMaxFen(policy: PolicyYear): Fen {
  return Math.max(0, ...policy.tiers.map((t) => fromYuan(t.amount) ?? 0)) as Fen;
}

const tiersByFen = new WeakMap<PolicyYear, Map<number, PolicyTier>>();

/** The tier of the year whose amount is exactly `fen`, if any (looked up per row: the map is built once). */
export function tierOf(policy: PolicyYear, fen: number): PolicyTier | undefined {
  let byFen = tiersByFen.get(policy);
  if (!byFen) tiersByFen.set(policy, (byFen = new Map(policy.tiers.map((t) => [fromYuan(t.amount) ?? -1, t]))));
  return byFen.get(fen);
}

/** Whether the member's categories open the tiers reserved for hardship groups. */
export function opensHardshipTier(policy: PolicyYear, hardship: readonly Hardship[]): boolean {
  return hardship.some((h) => policy.hardshipTierCategories.includes(h));
}

/** A PolicySource over a list of years. */
export function policySource(years: readonly PolicyYear[]): PolicySource {
  const byYear = new Map(years.map((y) => [y.year, y]));
  return (year) => byYear.get(year);
}
