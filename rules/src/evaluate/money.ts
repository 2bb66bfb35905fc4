/** Steps 3 to 7 of RULESET.md in fen: the caps, the budget's proration, donations and the government subsidy. */
import { fromYuan, roundHalfUp, type Fen } from '../money.js';
import type { Member, OutcomeFen, PolicyYear } from '../types.js';
import { addReason } from './outcome.js';

/**
 * Steps 3 and 4: the village cap, then the region cap less what was credited elsewhere (all fen). An eligible member
 * whose rules come to nothing gets the reason first (issue 14 item 11: every zero has its reason): no rule held, or
 * the rules that held pay 0.
 */
export function applyCaps(o: OutcomeFen, personCapFen: Fen | null, regionMaxFen: Fen, priorCreditFen: Fen): void {
  let amount: number = o.raw;
  if (amount === 0) addReason(o, o.sections.some((s) => s.ruleIds.length > 0) ? 'RULE_AMOUNT_ZERO' : 'NO_RULE_MATCHED');
  if (personCapFen !== null && amount > personCapFen) {
    amount = personCapFen;
    addReason(o, 'CAP_VILLAGE');
  }
  const headroom = Math.max(0, regionMaxFen - priorCreditFen);
  if (amount > headroom) {
    amount = headroom;
    addReason(o, 'CAP_REGION');
  }
  o.collective = amount as Fen;
}

/** Step 5 with PRORATE: floor(amount × budget ÷ total) in exact integers; returns the factor to 6 decimals. */
export function prorate(outcomes: OutcomeFen[], budgetFen: Fen, totalFen: Fen): number {
  const budget = BigInt(budgetFen);
  const total = BigInt(totalFen);
  for (const o of outcomes) {
    if (!o.eligible || o.collective === 0) continue;
    const cut = Number((BigInt(o.collective) * budget) / total) as Fen;
    if (cut < o.collective) {
      o.collective = cut;
      addReason(o, 'PRORATED');
    }
  }
  return Number(roundHalfUp(budget * 1_000_000n, total)) / 1_000_000;
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
    o.donation = Math.min(m.donationFen, room) as Fen;
    o.donationExcess = (m.donationFen - o.donation) as Fen;
    if (o.donationExcess > 0) addReason(o, 'DONATION_OVER_CAP');
  } else {
    o.donation = 0 as Fen;
    o.donationExcess = m.donationFen;
  }
  o.governmentSubsidy = governmentSubsidyFen(m, policy);
  o.accountCredit = ((m.contributionFen ?? 0) + o.governmentSubsidy + o.collective + o.donation) as Fen;
}

/** A year's figures in fen, derived once per policy year. */
export interface PolicyFen {
  regionMaxFen: Fen;
  subsidyByTierFen: Map<number, Fen>;
  backPayEarnsSubsidy: boolean;
}

const cache = new WeakMap<PolicyYear, PolicyFen>();

export function policyFen(policy: PolicyYear): PolicyFen {
  let p = cache.get(policy);
  if (!p) {
    const subsidyByTierFen = new Map(policy.tiers.map((t) => [fromYuan(t.amount) ?? 0, fromYuan(t.governmentSubsidy) ?? (0 as Fen)]));
    p = { regionMaxFen: Math.max(0, ...subsidyByTierFen.keys()) as Fen, subsidyByTierFen, backPayEarnsSubsidy: policy.backPayEarnsSubsidy };
    cache.set(policy, p);
  }
  return p;
}

/** The year's table amount for the member's own contribution; back-payments only when the region says so. */
export function governmentSubsidyFen(m: Member, policy: PolicyFen): Fen {
  if (m.contributionFen === null) return 0 as Fen;
  if (m.paymentType !== 'CURRENT' && !policy.backPayEarnsSubsidy) return 0 as Fen;
  return policy.subsidyByTierFen.get(m.contributionFen) ?? (0 as Fen);
}
