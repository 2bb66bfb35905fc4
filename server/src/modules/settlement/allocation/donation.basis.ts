/**
 * The basis of a settlement's donations: the gifts and pools it was computed from, with their versions. A draft
 * whose basis no longer matches what is recorded (a gift or pool added, changed or deleted since) cannot be
 * confirmed: it is settled again first.
 */
import { LockMode } from '@mikro-orm/core';
import type { Em } from '../../../db/orm.js';
import { Conflict } from '../../../errors.js';
import { lockVillage } from '../../lifecycle/scheme/village.lock.js';
import type { Settlement } from '../../lifecycle/settlementRecord/settlement.entity.js';
import { SettlementOutcome } from '../../lifecycle/settlementRecord/settlementOutcome.entity.js';
import { DonationBasis } from './donationBasis.entity.js';
import { DonationGift } from '../../donations/donationGift.entity.js';
import { DonationPool } from '../../donations/donationPool.entity.js';

type Versioned = { id: number; version: number };

export function fingerprint(gifts: readonly Versioned[], pools: readonly Versioned[]): string {
  const parts = [...gifts.map((g) => `g${g.id}.${g.version}`), ...pools.map((p) => `p${p.id}.${p.version}`)];
  return parts.sort().join(' ');
}

/**
 * Called when a draft is confirmed, in its transaction: locks the village and the pools covering it (so no gift
 * or pool changes meanwhile) and refuses with CONFLICT when the gifts to its members or the pools differ from
 * those it was computed with.
 */
export async function assertDonationsCurrent(tx: Em, s: Settlement): Promise<void> {
  await lockVillage(tx, s.village);
  const members = tx.createQueryBuilder(SettlementOutcome, 'o').select('o.idNumber').where({ settlement: s.id });
  const gifts: Versioned[] = await tx
    .createQueryBuilder(DonationGift, 'g')
    .select(['g.id', 'g.version'])
    .where({ village: s.village.id, year: s.year, idNumber: { $in: members.getKnexQuery() } })
    .execute('all');
  const poolIds = await tx.find(
    DonationPool,
    { year: s.year, countyCode: s.village.township.county.code, villages: s.village.id },
    { fields: ['id'] },
  );
  const pools = poolIds.length
    ? await tx.find(
        DonationPool,
        { id: { $in: poolIds.map((p) => p.id) } },
        { fields: ['id', 'version'], orderBy: { id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      )
    : [];
  const basis = await tx.findOne(DonationBasis, { settlement: s.id });
  if ((basis?.fingerprint ?? '') !== fingerprint(gifts, pools)) {
    throw new Conflict('结算后社会资助的登记有变化（新增、修改或删除了定向资助或资助池），请重新结算后再确认');
  }
}
