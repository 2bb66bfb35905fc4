/**
 * Social donations (社会资助) allocated at settlement (RULESET.md step 6): direct gifts to named members and
 * pools shared out by a condition. Money is integer fen throughout.
 */
import type { Fen } from '../money.js';
import type { Member, PolicyYear, TopCondition } from '../types.js';

/** How a pool walks the members who match its condition; ties (same birth date) by ID number. */
export const DONATION_ORDERS = ['ROSTER', 'OLDEST_FIRST', 'YOUNGEST_FIRST', 'ID_NUMBER'] as const;
export type DonationOrder = (typeof DONATION_ORDERS)[number];

export const DONATION_ORDER_LABELS: Record<DonationOrder, string> = {
  ROSTER: '按花名册顺序',
  OLDEST_FIRST: '年长者优先',
  YOUNGEST_FIRST: '年轻者优先',
  ID_NUMBER: '按身份证号顺序',
};

/** A gift to one named member, in recorded order (earliest first). */
export interface DirectGift {
  id: string;
  /** null: a donor not recorded. */
  donorId: string | null;
  idNumber: string;
  amountFen: number;
}

/** A pool: `availableFen` is what is left of it for this roster (other settlements' use already taken off). */
export interface PoolInput {
  id: string;
  donorId: string | null;
  availableFen: number;
  /** What one matching member gets at most. */
  perMemberFen: number;
  /** RULESET.md's condition format over the built-in facts; null: every member paying for the year. */
  condition: TopCondition | null;
  order: DonationOrder;
}

export interface AllocationInput {
  /** The checked members in roster order; each one's own `donationFen` is the roster's gift (no donor). */
  members: readonly Member[];
  /** The evaluated collective subsidy (fen) of each member, same order. */
  collectiveFen: readonly number[];
  policy: PolicyYear;
  /** The scheme year and the rule set's `ageAsOf`: the `age` fact of pool conditions. */
  year: number;
  ageAsOf?: string;
  gifts: readonly DirectGift[];
  pools: readonly PoolInput[];
}

export type DonationSource = 'ROSTER' | 'GIFT' | 'POOL';

/** What one gift or pool gave one member: applied in the account, returned to the donor. */
export interface AllocationLine {
  source: DonationSource;
  /** The gift's or pool's id; null for the roster's gift. */
  sourceId: string | null;
  donorId: string | null;
  memberIndex: number;
  idNumber: string;
  appliedFen: number;
  returnedFen: number;
}

export interface PoolUse {
  poolId: string;
  usedFen: number;
  /** availableFen − usedFen: stays in the pool (for other villages or back to the donor). */
  leftFen: number;
}

export interface DonationAllocation {
  /** Gifts in recorded order per member (the roster's first), then pools in their order. */
  lines: AllocationLine[];
  pools: PoolUse[];
  /**
   * Per member: the donation to evaluate (every direct gift in full plus what pools applied), so that the
   * evaluation's `donation` is the applied sum and its `donationExcess` the returned sum.
   */
  donationFen: Fen[];
  /** Whether any member's donation differs from the roster's (a new evaluation is then needed). */
  changed: boolean;
  /** Gifts whose ID number is not among the members (not allocated here). */
  unplaced: DirectGift[];
}
