/**
 * A donor's statement for a year (对账单): every gift and pool the donor gave (or a charity passed on), where the
 * money went in the stored settlements, and totals that add up to the fen: given = applied + returned +
 * unallocated. Only what lies in the reader's area is listed (`complete` says whether anything was left out).
 * ID numbers are always masked, whoever reads it: the statement is what the donor is handed (issue 6).
 */
import { fenToYuan, maskIdNumber } from '@cunce/rules';
import type { Em } from '../../../db/orm.js';
import type { Village } from '../../reference/division/village.entity.js';
import type { User } from '../../reference/user/user.entity.js';
import { canReadDonations } from '../../donations/donation.access.js';
import { DonationVillageType } from '../../donations/donation.types.js';
import { DonationAllocation } from '../../settlement/allocation/donationAllocation.entity.js';
import { DonationGift } from '../../donations/donationGift.entity.js';
import { DonationPool } from '../../donations/donationPool.entity.js';
import { visibleDonor } from '../../donations/donor.service.js';
import { DonorType } from '../../donations/donor.types.js';
import { GIFT_POPULATE } from '../../donations/gift.service.js';
import { GiftType } from '../../donations/gift.types.js';
import { POOL_POPULATE } from '../../donations/pool.service.js';
import { PoolType } from '../../donations/pool.types.js';
import { allocationStatus, statementSettlements, statementTotals, type GiftFen, type PoolFen } from './statement.totals.js';
import { DonorStatementType, StatementGiftType, StatementPoolType } from './statement.types.js';

type Rows = readonly DonationAllocation[];

export async function donorStatement(em: Em, user: User, donorId: string, year: number): Promise<DonorStatementType> {
  const donor = await visibleDonor(em, user, donorId, 'donorId');
  const givenBy = { year, $or: [{ donor }, { charity: donor }] };
  const allGifts = await em.find(DonationGift, givenBy, { populate: GIFT_POPULATE, orderBy: { id: 'asc' } });
  const allPools = await em.find(DonationPool, givenBy, { populate: POOL_POPULATE, orderBy: { id: 'asc' } });
  const readable = (villages: readonly Village[]) => villages.every((v) => canReadDonations(user, v));
  const gifts = allGifts.filter((g) => readable([g.village]));
  const pools = allPools.filter((p) => readable(p.villages.getItems()));
  const rows = await em.find(
    DonationAllocation,
    { $or: [{ gift: { $in: gifts.map((g) => g.id) } }, { pool: { $in: pools.map((p) => p.id) } }] },
    { populate: ['settlement.village.township.county'], orderBy: { id: 'asc' } },
  );
  const giftLines = gifts.map((g) => giftLine(g, rows));
  const poolLines = pools.map((p) => poolLine(p, rows));
  const totals = statementTotals(
    giftLines.map((l) => l.fen),
    poolLines.map((l) => l.fen),
  );
  return Object.assign(new DonorStatementType(), {
    donor: DonorType.from(donor),
    year,
    complete: gifts.length === allGifts.length && pools.length === allPools.length,
    final: totals.appliedDraft === 0 && totals.returnedDraft === 0,
    gifts: giftLines.map((l) => l.view),
    pools: poolLines.map((l) => l.view),
    settlements: statementSettlements(rows),
    totals,
    generatedAt: new Date(),
  });
}

/** A gift as its latest settlement allocated it (a member is in one current settlement of the year). */
function giftLine(g: DonationGift, rows: Rows): { view: StatementGiftType; fen: GiftFen } {
  const latest = rows.filter((r) => r.gift?.id === g.id).at(-1);
  const draft = latest !== undefined && allocationStatus(latest.settlement) === 'DRAFT';
  const fen: GiftFen = latest
    ? { amount: g.amountFen, applied: latest.appliedFen, returned: latest.returnedFen, unallocated: 0, draft }
    : { amount: g.amountFen, applied: 0, returned: 0, unallocated: g.amountFen, draft: false };
  const view = Object.assign(new StatementGiftType(), {
    gift: GiftType.from(g, maskIdNumber),
    status: latest ? allocationStatus(latest.settlement) : 'PENDING',
    settlementId: latest ? String(latest.settlement.id) : null,
    applied: fenToYuan(fen.applied),
    returned: fenToYuan(fen.returned),
    unallocated: fenToYuan(fen.unallocated),
  });
  return { view, fen };
}

function poolLine(p: DonationPool, rows: Rows): { view: StatementPoolType; fen: PoolFen } {
  const mine = rows.filter((r) => r.pool?.id === p.id);
  const fen: PoolFen = { amount: p.amountFen, finalFen: 0, draftFen: 0 };
  for (const r of mine) fen[allocationStatus(r.settlement) === 'FINAL' ? 'finalFen' : 'draftFen'] += r.appliedFen;
  const allocations = mine.map((r) => ({
    settlementId: String(r.settlement.id),
    status: allocationStatus(r.settlement),
    village: DonationVillageType.from(r.settlement.village),
    idNumber: maskIdNumber(r.idNumber),
    name: r.name,
    applied: fenToYuan(r.appliedFen),
  }));
  return { view: Object.assign(new StatementPoolType(), { pool: PoolType.from(p, fen), allocations }), fen };
}
