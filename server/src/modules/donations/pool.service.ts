/**
 * Recording, changing and deleting pools. What confirmed settlements used of a pool is final: a pool is never
 * made smaller than that, nor given another donor or year, nor taken from a village that used it (CONFLICT).
 */
import { fenToYuan, type PolicySource } from '@cunce/rules';
import { LockMode } from '@mikro-orm/core';
import type { Em } from '../../db/orm.js';
import { Conflict, NotFound } from '../../errors.js';
import { audit } from '../audit/audit.js';
import type { Village } from '../reference/division/village.entity.js';
import type { User } from '../reference/user/user.entity.js';
import { assertMayRecordFor, channelOf } from './donation.access.js';
import { numericId } from './donation.inputs.js';
import { finalUsageByVillage } from './donation.usage.js';
import { DonationPool } from './donationPool.entity.js';
import { checkPoolInput, type CheckedPool } from './pool.checks.js';
import type { PoolInput } from './pool.input.js';
import { poolSnapshot } from './pool.types.js';

export const POOL_POPULATE = ['donor', 'charity', 'villages.township.county', 'createdBy'] as const;

export async function recordPool(em: Em, user: User, policies: PolicySource, input: PoolInput): Promise<DonationPool> {
  const checked = await checkPoolInput(em, user, policies, input);
  return em.transactional(async (tx) => {
    const pool = tx.create(DonationPool, {
      ...checked.fields,
      donor: checked.givers.donor,
      charity: checked.givers.charity,
      createdBy: user,
    });
    pool.villages.set(checked.villages);
    await tx.flush();
    auditEach(tx, user, 'RECORD_POOL', pool, checked.villages, null, poolSnapshot(pool));
    await tx.flush();
    return pool;
  });
}

export async function updatePool(
  em: Em,
  user: User,
  policies: PolicySource,
  poolId: string,
  input: PoolInput,
  expectedVersion?: number | null,
): Promise<DonationPool> {
  const checked = await checkPoolInput(em, user, policies, input);
  return em.transactional(async (tx) => {
    const pool = await changeablePool(tx, user, poolId, expectedVersion);
    await assertKeepsFinalUse(tx, pool, checked);
    const before = poolSnapshot(pool);
    const villages = [...pool.villages.getItems(), ...checked.villages.filter((v) => !pool.villages.contains(v))];
    Object.assign(pool, { ...checked.fields, donor: checked.givers.donor, charity: checked.givers.charity, version: pool.version + 1 });
    pool.villages.set(checked.villages);
    auditEach(tx, user, 'UPDATE_POOL', pool, villages, before, poolSnapshot(pool));
    await tx.flush();
    return pool;
  });
}

export async function deletePool(em: Em, user: User, poolId: string): Promise<string> {
  return em.transactional(async (tx) => {
    const pool = await changeablePool(tx, user, poolId, null);
    const used = [...(await finalUsageByVillage(tx, pool.id)).values()].reduce((a, b) => a + b, 0);
    if (used > 0) throw new Conflict(`已确认的结算已从此资助池分配${fenToYuan(used)}元，不能删除；可把总额改为已分配的金额`);
    auditEach(tx, user, 'DELETE_POOL', pool, pool.villages.getItems(), poolSnapshot(pool), null);
    tx.remove(pool);
    await tx.flush();
    return poolId;
  });
}

/** The pool, locked against concurrent settlements, if the user may change it. */
async function changeablePool(tx: Em, user: User, poolId: string, expectedVersion: number | null | undefined): Promise<DonationPool> {
  const id = numericId(poolId);
  const locked = id ? await tx.findOne(DonationPool, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!locked) throw new NotFound(`没有编号为${poolId}的资助池`);
  const pool = await tx.populate(locked, POOL_POPULATE);
  for (const v of pool.villages.getItems()) assertMayRecordFor(user, v, channelOf(pool.donor, pool.charity));
  if (expectedVersion != null && expectedVersion !== pool.version)
    throw new Conflict(`该资助池已被他人修改（现为第${pool.version}版），请刷新后再改`);
  return pool;
}

async function assertKeepsFinalUse(tx: Em, pool: DonationPool, next: CheckedPool): Promise<void> {
  const byVillage = await finalUsageByVillage(tx, pool.id);
  const used = [...byVillage.values()].reduce((a, b) => a + b, 0);
  if (used === 0) return;
  const settled = `已确认的结算已从此资助池分配${fenToYuan(used)}元`;
  if (next.fields.amountFen < used) throw new Conflict(`${settled}，总额（amount）不能少于此数`);
  if (next.givers.donor.id !== pool.donor.id || next.givers.charity?.id !== pool.charity?.id)
    throw new Conflict(`${settled}，不能更换捐赠方或慈善组织`);
  if (next.fields.year !== pool.year) throw new Conflict(`${settled}，不能更改年度`);
  const dropped = pool.villages.getItems().filter((v) => byVillage.has(v.id) && !next.villages.some((n) => n.id === v.id));
  if (dropped.length) throw new Conflict(`${settled}，不能移除已使用它的村：${dropped.map((v) => v.name).join('、')}`);
}

/** One audit entry per village, so that each village's log shows the pool. */
function auditEach(
  tx: Em,
  user: User,
  action: string,
  pool: DonationPool,
  villages: readonly Village[],
  before: unknown,
  after: unknown,
): void {
  for (const village of villages) audit(tx, user, action, 'DonationPool', pool.id, before, after, { village, year: pool.year });
}
