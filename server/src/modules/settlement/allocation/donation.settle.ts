/**
 * The donation step of a settlement (RULESET.md step 6 with recorded gifts and pools): load the village-year's
 * gifts and the pools covering it (locked, so that two villages' settlements do not share out the same money),
 * allocate with the rules package, evaluate again with each member's final donation when anything changed,
 * then (storeAllocation) store the allocation rows and the basis with the settlement. No query per member.
 */
import { evaluateWithDonations, type AllocationLine, type Member, type PolicySource, type RosterResult, type RuleSet } from '@cunce/rules';
import { LockMode } from '@mikro-orm/core';
import { allRaw, batchInsert } from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';
import type { Village } from '../../reference/division/village.entity.js';
import { DonationAllocation } from './donationAllocation.entity.js';
import { DonationBasis } from './donationBasis.entity.js';
import { DonationGift } from '../../donations/donationGift.entity.js';
import { DonationPool } from '../../donations/donationPool.entity.js';
import { fingerprint } from './donation.basis.js';
import { availableHere } from '../../donations/donation.usage.js';
import { allocationRows } from '../settlement/settlement.rows.js';

export interface DonationRequest {
  village: Village;
  year: number;
  ruleSet: RuleSet | null;
  schemeActive: boolean;
  /** The checked members settled now, in roster order, and their first evaluation. */
  members: readonly Member[];
  result: RosterResult;
}

export interface SettledDonations {
  /** The evaluation to store: the first one, or the one with the allocated donations. */
  result: RosterResult;
  /** Who got what from which gift or pool, and the fingerprint of the gifts and pools it was computed from. */
  lines: readonly AllocationLine[];
  basis: string;
  members: readonly Member[];
}

export async function allocateForSettlement(tx: Em, policies: PolicySource, req: DonationRequest): Promise<SettledDonations> {
  const { village, year, members } = req;
  const onRoster = new Set(members.map((m) => m.idNumber));
  const recorded = await anyRecorded(tx, village, year);
  const gifts = recorded.gifts
    ? (await tx.find(DonationGift, { village, year }, { orderBy: { id: 'asc' } })).filter((g) => onRoster.has(g.idNumber))
    : [];
  const pools = recorded.pools ? await lockedPools(tx, village, year) : [];
  const available = pools.length ? await availableHere(tx, pools, village) : new Map<number, number>();
  const { result, allocation } = await evaluateWithDonations(req.ruleSet, members, policies, req.result, {
    year,
    schemeActive: req.schemeActive,
    gifts: gifts.map((g) => ({ id: String(g.id), donorId: String(g.donor.id), idNumber: g.idNumber, amountFen: g.amountFen })),
    pools: pools.map((p) => ({
      id: String(p.id),
      donorId: String(p.donor.id),
      availableFen: available.get(p.id)!,
      perMemberFen: p.perMemberFen,
      condition: p.condition,
      order: p.memberOrder,
    })),
  });
  return { result, lines: allocation.lines, basis: fingerprint(gifts, pools), members };
}

/** Stores the allocation rows and the basis with the settlement just created. */
export async function storeAllocation(tx: Em, settlementId: number, donations: SettledDonations): Promise<void> {
  await batchInsert(tx, DonationAllocation, allocationRows(donations.lines, donations.members), { settlement: settlementId });
  await batchInsert(tx, DonationBasis, [{ settlement: settlementId, fingerprint: donations.basis }]);
}

/**
 * Whether the village-year has any gift, and any pool covers it: one plain SELECT, so that the many villages
 * without recorded donations cost no entity query (the unit of work's query building cost more than the query).
 */
async function anyRecorded(tx: Em, village: Village, year: number): Promise<{ gifts: boolean; pools: boolean }> {
  const [row] = await allRaw<{ gifts: unknown; pools: unknown }>(tx, ANY_RECORDED, [
    village.id,
    year,
    year,
    village.township.county.code,
    village.id,
  ]);
  return { gifts: Boolean(row?.gifts), pools: Boolean(row?.pools) };
}

const ANY_RECORDED = `select exists (select 1 from "donation_gift" where "village_id" = ? and "year" = ?) as "gifts",
  exists (select 1 from "donation_pool" p join "donation_pool_village" pv on pv."pool_id" = p."id"
    where p."year" = ? and p."county_code" = ? and pv."village_id" = ?) as "pools"`;

/** The pools covering the village and year, locked (FOR UPDATE on PostgreSQL) in id order. */
async function lockedPools(tx: Em, village: Village, year: number): Promise<DonationPool[]> {
  const ids = (
    await tx.find(DonationPool, { year, countyCode: village.township.county.code, villages: village.id }, { fields: ['id'] })
  ).map((p) => p.id);
  if (ids.length === 0) return [];
  return tx.find(DonationPool, { id: { $in: ids } }, { orderBy: { id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}
