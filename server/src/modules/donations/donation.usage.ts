/** What current settlements (drafts and confirmed ones) took from pools: one grouped query. */
import { queryBuilder } from '../../adapter/index.js';
import type { Em } from '../../db/orm.js';
import type { Village } from '../reference/division/village.entity.js';
import { CONFIRMED_STATUSES } from '../lifecycle/settlementRecord/settlement.repository.js';
import type { DonationPool } from './donationPool.entity.js';

export interface PoolUsage {
  /** In confirmed or accepted settlements: final. */
  finalFen: number;
  /** In drafts: taken from the pool until the draft is replaced. */
  draftFen: number;
}

const FINAL = new Set<string>(CONFIRMED_STATUSES);

/** Per pool id, what the stored settlements applied from it (pools without use are absent). */
export async function poolUsage(em: Em, poolIds: readonly number[]): Promise<Map<number, PoolUsage>> {
  const out = new Map<number, PoolUsage>();
  for (const r of await usageRows(em, poolIds, false)) {
    const u = out.get(r.poolId) ?? { finalFen: 0, draftFen: 0 };
    if (FINAL.has(r.status)) u.finalFen += r.fen;
    else u.draftFen += r.fen;
    out.set(r.poolId, u);
  }
  return out;
}

/** Per village id, what confirmed settlements applied from the pool. */
export async function finalUsageByVillage(em: Em, poolId: number): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (const r of await usageRows(em, [poolId], true)) if (FINAL.has(r.status)) out.set(r.villageId, (out.get(r.villageId) ?? 0) + r.fen);
  return out;
}

/**
 * Per pool, what a new (or supplementary) settlement of `village` finds in it now: its amount less what other
 * villages' current settlements and this village's confirmed ones took (this village's draft would be replaced).
 * Negative when a pool was made smaller than drafts had already taken.
 */
export async function availableHere(em: Em, pools: readonly DonationPool[], village: Village): Promise<Map<number, number>> {
  const out = new Map(pools.map((p) => [p.id, p.amountFen]));
  for (const r of await usageRows(
    em,
    pools.map((p) => p.id),
    true,
  )) {
    if (r.villageId === village.id && !FINAL.has(r.status)) continue;
    out.set(r.poolId, out.get(r.poolId)! - r.fen);
  }
  return out;
}

interface UsageRow {
  poolId: number;
  status: string;
  villageId: number;
  fen: number;
}

async function usageRows(em: Em, poolIds: readonly number[], byVillage: boolean): Promise<UsageRow[]> {
  if (poolIds.length === 0) return [];
  const knex = queryBuilder(em);
  const groups = ['a.pool_id', 's.status', ...(byVillage ? ['s.village_id'] : [])];
  const rows: Record<string, unknown>[] = await knex('donation_allocation as a')
    .join('settlement as s', 's.id', 'a.settlement_id')
    .whereIn('a.pool_id', [...poolIds])
    .groupBy(groups)
    .select({ poolId: 'a.pool_id', status: 's.status', ...(byVillage ? { villageId: 's.village_id' } : {}) })
    .sum({ fen: 'a.applied_fen' });
  return rows.map((r) => ({
    poolId: Number(r.poolId),
    status: String(r.status),
    villageId: Number(r.villageId ?? 0),
    fen: Number(r.fen ?? 0),
  }));
}
