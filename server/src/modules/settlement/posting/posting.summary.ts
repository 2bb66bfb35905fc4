/** A settlement's posting figures: what the agency posted and rejected against what the village confirmed. */
import type { Settlement } from '../../lifecycle/settlementRecord/settlement.entity.js';
import type { PostingStatus } from '../../lifecycle/settlementRecord/posting.entity.js';
import type { StatusTotals } from './posting.repository.js';

/** Counts and collective subsidy in fen. */
export interface PostingSummary {
  members: number;
  posted: number;
  rejected: number;
  pending: number;
  collectiveFen: number;
  postedCollectiveFen: number;
  rejectedCollectiveFen: number;
  pendingCollectiveFen: number;
  /** Every member of the settlement has been answered: confirmed = posted + rejected, in members and in money. */
  reconciled: boolean;
}

export function postingSummary(s: Settlement, totals: Record<PostingStatus, StatusTotals>): PostingSummary {
  const { POSTED: posted, REJECTED: rejected } = totals;
  const pending = s.membersCount - posted.count - rejected.count;
  const pendingCollectiveFen = s.collectiveFen - posted.collectiveFen - rejected.collectiveFen;
  return {
    members: s.membersCount,
    posted: posted.count,
    rejected: rejected.count,
    pending,
    collectiveFen: s.collectiveFen,
    postedCollectiveFen: posted.collectiveFen,
    rejectedCollectiveFen: rejected.collectiveFen,
    pendingCollectiveFen,
    reconciled: pending === 0 && pendingCollectiveFen === 0,
  };
}
