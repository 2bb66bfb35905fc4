/** Draft years for the reform tests: the 2025 Ningxia table with changes. */
import { NINGXIA_POLICY_YEARS } from '../../src/policyData.js';
import type { PolicyTier, PolicyYear } from '../../src/types.js';

export const BASE_2025 = NINGXIA_POLICY_YEARS.find((p) => p.year === 2025)!;

/** 2026 as 2025, with tiers removed (by amount), changed or added. */
export function draft2026(change: { remove?: number[]; set?: PolicyTier[] } = {}): PolicyYear {
  const set = new Map((change.set ?? []).map((t) => [t.amount, t]));
  const kept = BASE_2025.tiers.filter((t) => !change.remove?.includes(t.amount) && !set.has(t.amount));
  return { ...BASE_2025, year: 2026, tiers: [...kept, ...set.values()].sort((a, b) => a.amount - b.amount) };
}

export const tier = (amount: number, governmentSubsidy: number): PolicyTier => ({ amount, governmentSubsidy, hardshipOnly: false });
