import type { Member, PolicyYear } from './types.js';
import { addReason, type OutcomeFen } from './evaluate.js';
import { yuanToFen } from './money.js';

/** Steps 3 and 4: the village cap, then the region cap less what was credited elsewhere (all fen). */
export function applyCaps(o: OutcomeFen, personCapFen: number | null, regionMaxFen: number, priorCreditFen: number): void {
  let amount = o.raw;
  if (personCapFen !== null && amount > personCapFen) {
    amount = personCapFen;
    addReason(o, 'CAP_VILLAGE');
  }
  const headroom = Math.max(0, regionMaxFen - priorCreditFen);
  if (amount > headroom) {
    amount = headroom;
    addReason(o, 'CAP_REGION');
  }
  o.collective = amount;
}

/** Step 5 with PRORATE: floor(amount × budget ÷ total) in exact integers; returns the factor to 6 decimals. */
export function prorate(outcomes: OutcomeFen[], budgetFen: number, totalFen: number): number {
  const budget = BigInt(budgetFen);
  const total = BigInt(totalFen);
  for (const o of outcomes) {
    if (!o.eligible || o.collective === 0) continue;
    const cut = Number((BigInt(o.collective) * budget) / total);
    if (cut < o.collective) {
      o.collective = cut;
      addReason(o, 'PRORATED');
    }
  }
  const micros = (budget * 1_000_000n * 2n + total) / (2n * total);
  return Number(micros) / 1_000_000;
}

/**
 * Steps 6 and 7: donations into the headroom left under the region cap (only with a current-year
 * contribution), the government subsidy from the year's table for the member's own contribution, and the
 * account credit.
 */
export function finishMoney(o: OutcomeFen, m: Member, policy: PolicyFen): void {
  const paysThisYear = m.paymentType === 'CURRENT' && m.contributionFen !== null;
  if (paysThisYear) {
    const room = Math.max(0, policy.regionMaxFen - m.priorCreditFen - o.collective);
    o.donation = Math.min(m.donationFen, room);
    o.donationExcess = m.donationFen - o.donation;
    if (o.donationExcess > 0) addReason(o, 'DONATION_OVER_CAP');
  } else {
    o.donation = 0;
    o.donationExcess = m.donationFen;
  }
  o.governmentSubsidy = governmentSubsidyFen(m, policy);
  o.accountCredit = (m.contributionFen ?? 0) + o.governmentSubsidy + o.collective + o.donation;
}

/** A year's figures in fen, derived once per policy year. */
export interface PolicyFen {
  regionMaxFen: number;
  subsidyByTierFen: Map<number, number>;
  backPayEarnsSubsidy: boolean;
}

const cache = new WeakMap<PolicyYear, PolicyFen>();

export function policyFen(policy: PolicyYear): PolicyFen {
  let p = cache.get(policy);
  if (!p) {
    const subsidyByTierFen = new Map(policy.tiers.map((t) => [yuanToFen(t.amount) ?? 0, yuanToFen(t.governmentSubsidy) ?? 0]));
    p = { regionMaxFen: Math.max(0, ...subsidyByTierFen.keys()), subsidyByTierFen, backPayEarnsSubsidy: policy.backPayEarnsSubsidy };
    cache.set(policy, p);
  }
  return p;
}

/** The year's table amount for the member's own contribution; back-payments only when the region says so. */
export function governmentSubsidyFen(m: Member, policy: PolicyFen): number {
  if (m.contributionFen === null) return 0;
  if (m.paymentType !== 'CURRENT' && !policy.backPayEarnsSubsidy) return 0;
  return policy.subsidyByTierFen.get(m.contributionFen) ?? 0;
}
