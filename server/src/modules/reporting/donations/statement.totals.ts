/** The statement's sums, in fen until the end: per gift and pool, then per settlement, then the totals. */
import { fenToYuan } from '@cunce/rules';
import type { Settlement } from '../../lifecycle/settlementRecord/settlement.entity.js';
import { CONFIRMED_STATUSES } from '../../lifecycle/settlementRecord/settlement.repository.js';
import type { AllocationStatus } from '../../donations/donation.enums.js';
import { DonationVillageType } from '../../donations/donation.types.js';
import type { DonationAllocation } from '../../settlement/allocation/donationAllocation.entity.js';
import { StatementSettlementType, StatementTotalsType } from './statement.types.js';

export const allocationStatus = (s: Settlement): AllocationStatus =>
  (CONFIRMED_STATUSES as readonly string[]).includes(s.status) ? 'FINAL' : 'DRAFT';

/** Where one gift's money is: `unallocated` is the whole amount while the gift is in no settlement. */
export interface GiftFen {
  amount: number;
  applied: number;
  returned: number;
  unallocated: number;
  draft: boolean;
}

export interface PoolFen {
  amount: number;
  finalFen: number;
  draftFen: number;
}

export function statementTotals(gifts: readonly GiftFen[], pools: readonly PoolFen[]): StatementTotalsType {
  const sum = <T>(list: readonly T[], f: (x: T) => number) => list.reduce((s, x) => s + f(x), 0);
  const final = gifts.filter((g) => !g.draft);
  const draft = gifts.filter((g) => g.draft);
  const fen = {
    given: sum(gifts, (g) => g.amount) + sum(pools, (p) => p.amount),
    applied: sum(gifts, (g) => g.applied) + sum(pools, (p) => p.finalFen + p.draftFen),
    returned: sum(gifts, (g) => g.returned),
    unallocated: sum(gifts, (g) => g.unallocated) + sum(pools, (p) => p.amount - p.finalFen - p.draftFen),
    appliedFinal: sum(final, (g) => g.applied) + sum(pools, (p) => p.finalFen),
    returnedFinal: sum(final, (g) => g.returned),
    appliedDraft: sum(draft, (g) => g.applied) + sum(pools, (p) => p.draftFen),
    returnedDraft: sum(draft, (g) => g.returned),
  };
  return Object.assign(new StatementTotalsType(), Object.fromEntries(Object.entries(fen).map(([k, v]) => [k, fenToYuan(v)])));
}

/** Per settlement (in id order): the donor's applied and returned there beside the settlement's stored totals. */
export function statementSettlements(rows: readonly DonationAllocation[]): StatementSettlementType[] {
  const bySettlement = new Map<number, { s: Settlement; applied: number; returned: number }>();
  for (const r of rows) {
    const entry = bySettlement.get(r.settlement.id) ?? { s: r.settlement, applied: 0, returned: 0 };
    entry.applied += r.appliedFen;
    entry.returned += r.returnedFen;
    bySettlement.set(r.settlement.id, entry);
  }
  return [...bySettlement.values()]
    .sort((a, b) => a.s.id - b.s.id)
    .map(({ s, applied, returned }) =>
      Object.assign(new StatementSettlementType(), {
        settlementId: String(s.id),
        village: DonationVillageType.from(s.village),
        status: s.status,
        final: allocationStatus(s) === 'FINAL',
        applied: fenToYuan(applied),
        returned: fenToYuan(returned),
        settlementDonation: fenToYuan(s.donationFen),
        settlementDonationExcess: fenToYuan(s.donationExcessFen),
      }),
    );
}
