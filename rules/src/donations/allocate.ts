import type { Fen } from '../money.js';
import { regionMaxFen } from '../policy.js';
import type { Member } from '../types.js';
import { poolMatcher } from './condition.js';
import { orderMembers } from './order.js';
import type { AllocationInput, AllocationLine, DirectGift, DonationAllocation, PoolInput, PoolUse } from './types.js';

/** RULESET.md step 6: donations need a current-year contribution. */
const paysThisYear = (m: Member): boolean => m.paymentType === 'CURRENT' && m.contributionFen !== null;

/**
 * Shares donations out to a roster within the region cap (RULESET.md step 6), never above it:
 * 1. per member, direct gifts in recorded order, the roster's own `donation` first: each applies what fits
 *    in the room left under `regionMax − priorCredit − collective`, the rest is returned to that gift's donor
 *    (so the latest gifts are returned first); a member not paying for the year gets nothing applied;
 * 2. pools in their order: each gives every matching member who pays for the year, in the pool's order,
 *    min(per-member amount, room left, pool left); no pool money is ever returned by a member, what a pool
 *    does not give stays in it.
 * Pure: the same input gives the same lines.
 */
export function allocateDonations(input: AllocationInput): DonationAllocation {
  const { members } = input;
  const max = regionMaxFen(input.policy);
  const room = members.map((m, i) => (paysThisYear(m) ? Math.max(0, max - m.priorCreditFen - input.collectiveFen[i]!) : 0));
  const donationFen: number[] = members.map((m) => m.donationFen);
  const lines: AllocationLine[] = [];
  const give = (line: Omit<AllocationLine, 'appliedFen' | 'returnedFen'>, amountFen: number, applicable: number): void => {
    const applied = Math.min(amountFen, applicable);
    room[line.memberIndex] -= applied;
    lines.push({ ...line, appliedFen: applied, returnedFen: amountFen - applied });
  };

  const index = new Map(members.map((m, i) => [m.idNumber, i]));
  const byMember = groupGifts(input.gifts, index);
  members.forEach((m, i) => {
    if (m.donationFen > 0)
      give({ source: 'ROSTER', sourceId: null, donorId: null, memberIndex: i, idNumber: m.idNumber }, m.donationFen, room[i]!);
    for (const g of byMember.gifts.get(i) ?? []) {
      give({ source: 'GIFT', sourceId: g.id, donorId: g.donorId, memberIndex: i, idNumber: m.idNumber }, g.amountFen, room[i]!);
      donationFen[i] += g.amountFen;
    }
  });

  const pools = input.pools.map((pool) =>
    sharePool(input, pool, room, (i, fen) => {
      lines.push({
        source: 'POOL',
        sourceId: pool.id,
        donorId: pool.donorId,
        memberIndex: i,
        idNumber: members[i]!.idNumber,
        appliedFen: fen,
        returnedFen: 0,
      });
      room[i] -= fen;
      donationFen[i] += fen;
    }),
  );
  const changed = donationFen.some((fen, i) => fen !== members[i]!.donationFen);
  return { lines, pools, donationFen: donationFen as Fen[], changed, unplaced: byMember.unplaced };
}

function groupGifts(gifts: readonly DirectGift[], index: Map<string, number>) {
  const out = new Map<number, DirectGift[]>();
  const unplaced: DirectGift[] = [];
  for (const g of gifts) {
    const i = index.get(g.idNumber);
    if (i === undefined) unplaced.push(g);
    else if (out.has(i)) out.get(i)!.push(g);
    else out.set(i, [g]);
  }
  return { gifts: out, unplaced };
}

/** One pool over the roster: calls `pay(memberIndex, fen)` for each member it gives to. */
function sharePool(input: AllocationInput, pool: PoolInput, room: readonly number[], pay: (i: number, fen: number) => void): PoolUse {
  const matches = poolMatcher(pool.condition, input.year, input.ageAsOf);
  const candidates = input.members.flatMap((m, i) => (paysThisYear(m) && matches(m) ? [i] : []));
  let left = Math.max(0, pool.availableFen);
  for (const i of orderMembers(input.members, candidates, pool.order)) {
    if (left === 0) break;
    const fen = Math.min(pool.perMemberFen, room[i]!, left);
    if (fen <= 0) continue;
    pay(i, fen);
    left -= fen;
  }
  const available = Math.max(0, pool.availableFen);
  return { poolId: pool.id, usedFen: available - left, leftFen: left };
}
