/**
 * Carrying a roster into the draft year (issue 15): a current-year contribution on a tier the draft no longer has
 * moves to the nearest draft tier the member may choose (hardship-only tiers only for the categories that open
 * them); at equal distance, the lower tier, so that nobody is assumed to pay more than the nearest choice.
 */
import { fromYuan, type Fen } from '../money.js';
import { opensHardshipTier, tierOf } from '../policy.js';
import type { Hardship, Member, PolicyYear } from '../types.js';
import type { TierMove } from './types.js';

/** The nearest tier of `draft` to `fen` that the member's categories allow (any tier if none does). */
export function nearestTier(draft: PolicyYear, fen: Fen, hardship: readonly Hardship[]): Fen {
  const { all, open } = tiersOf(draft);
  const tiers = opensHardshipTier(draft, hardship) || open.length === 0 ? all : open;
  let best = tiers[0]!;
  for (const t of tiers) {
    const d = Math.abs(t - fen);
    const bestD = Math.abs(best - fen);
    if (d < bestD || (d === bestD && t < best)) best = t;
  }
  return best;
}

const fens = new WeakMap<PolicyYear, { all: Fen[]; open: Fen[] }>();

/** The draft's tiers in fen: all of them, and those open to everyone (worked out once per draft). */
function tiersOf(draft: PolicyYear): { all: Fen[]; open: Fen[] } {
  let t = fens.get(draft);
  if (!t) {
    const fen = (amount: number) => fromYuan(amount) ?? (0 as Fen);
    t = { all: draft.tiers.map((x) => fen(x.amount)), open: draft.tiers.filter((x) => !x.hardshipOnly).map((x) => fen(x.amount)) };
    fens.set(draft, t);
  }
  return t;
}

/** The roster as the draft year would see it, and the moves made (by from → to tier). */
export function carryMembers(members: readonly Member[], draft: PolicyYear): { members: Member[]; moves: TierMove[] } {
  const moved = new Map<string, TierMove>();
  const carried = members.map((m) => {
    if (m.paymentType !== 'CURRENT' || m.contributionFen === null || tierOf(draft, m.contributionFen)) return m;
    const toFen = nearestTier(draft, m.contributionFen, m.hardship);
    const key = `${m.contributionFen}>${toFen}`;
    const move = moved.get(key) ?? { fromFen: m.contributionFen, toFen, members: 0 };
    move.members++;
    moved.set(key, move);
    return { ...m, contributionFen: toFen };
  });
  const moves = [...moved.values()].sort((a, b) => a.fromFen - b.fromFen || a.toFen - b.toFen);
  return { members: carried, moves };
}
