import { evaluateRoster, type RosterResult } from '../evaluate/roster.js';
import type { Member, PolicySource, RuleSet } from '../types.js';
import { allocateDonations } from './allocate.js';
import type { AllocationLine, DirectGift, DonationAllocation, PoolInput } from './types.js';

export interface DonationsInput {
  year: number;
  /** false at settlement when no scheme pays (as for evaluateRoster). */
  schemeActive?: boolean;
  gifts: readonly DirectGift[];
  pools: readonly PoolInput[];
}

/**
 * A roster's evaluation with recorded gifts and pools (what a settlement stores, what a preview shows): the
 * donations are allocated against `first` (the roster evaluated with its own donations; collective does not
 * depend on them), and when that changed any member's donation the roster is evaluated again, so that every
 * outcome's `donation` is what the allocation applied and its `donationExcess` what it returned.
 */
export async function evaluateWithDonations(
  ruleSet: RuleSet | null,
  members: readonly Member[],
  policies: PolicySource,
  first: RosterResult,
  input: DonationsInput,
): Promise<{ result: RosterResult; allocation: DonationAllocation }> {
  const policy = policies(input.year);
  if (!policy) throw new Error(`no region policy for year ${input.year}`);
  const allocation = allocateDonations({
    members,
    collectiveFen: first.outcomes.map((o) => o.collective),
    policy,
    year: input.year,
    ageAsOf: ruleSet?.ageAsOf,
    gifts: input.gifts,
    pools: input.pools,
  });
  if (!allocation.changed) return { result: first, allocation };
  const again = members.map((m, i) =>
    allocation.donationFen[i] === m.donationFen ? m : { ...m, donationFen: allocation.donationFen[i]! },
  );
  const result = await evaluateRoster(ruleSet, again, policies, { year: input.year, schemeActive: input.schemeActive });
  assertAgrees(result, allocation.lines);
  return { result, allocation };
}

/** The evaluation credits each member exactly what the allocation applied and returns what it returned. */
function assertAgrees(result: RosterResult, lines: readonly AllocationLine[]): void {
  const applied = new Array<number>(result.outcomes.length).fill(0);
  const returned = new Array<number>(result.outcomes.length).fill(0);
  for (const l of lines) {
    applied[l.memberIndex] += l.appliedFen;
    returned[l.memberIndex] += l.returnedFen;
  }
  result.outcomes.forEach((o, i) => {
    if (o.donation !== applied[i] || o.donationExcess !== returned[i])
      throw new Error(`donation allocation and evaluation disagree for member ${i}`);
  });
}
