import { Arg, Args, Ctx, Extensions, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { findPage } from '../../db/findPage.js';
import { emptyPage, pageOf, PAGE_COST, type Page } from '../../graphql/connection.js';
import { PageArgs } from '../../graphql/pageArgs.js';
import { PoolConnection } from './pool.connection.js';
import type { Context } from '../reference/context.js';
import { TextArg } from '../../graphql/caps.js';
import { requireRole } from '../reference/auth/access.js';
import { poolUsage } from './donation.usage.js';
import { DonationPool } from './donationPool.entity.js';
import { RECORDERS } from './donor.resolver.js';
import { PoolInput } from './pool.input.js';
import { listPools, MAX_POOLS, poolWhere } from './pool.list.js';
import { deletePool, POOL_POPULATE, recordPool, updatePool } from './pool.service.js';
import { PoolType } from './pool.types.js';

@Resolver()
export class PoolResolver {
  @Query(() => [PoolType], {
    description: `某年度的资助池（县民政：本县；村干部：覆盖本村的；自治区管理员：countyCode 所指的县或全区），按登记顺序，至多${MAX_POOLS}个（更多的用 donationPoolsConnection 分页）`,
  })
  async donationPools(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: 'Scheme year' }) year: number,
    @TextArg('countyCode', 20, '县代码', {
      description: '6-digit county code (region administrators); null: the user’s own county',
      nullable: true,
    })
    countyCode: string | null,
  ): Promise<PoolType[]> {
    const pools = await listPools(ctx.em, requireRole(ctx, RECORDERS), year, countyCode?.trim() || null);
    const usage = await poolUsage(
      ctx.em,
      pools.map((p) => p.id),
    );
    return pools.map((p) => PoolType.from(p, usage.get(p.id)));
  }

  @Query(() => PoolConnection, { description: '某年度的资助池，分页，按登记顺序；范围同 donationPools' })
  @Extensions(PAGE_COST)
  async donationPoolsConnection(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: 'Year of the pools' }) year: number,
    @TextArg('countyCode', 20, '县代码', { nullable: true, description: 'County code (region administrator: filter by county)' })
    countyCode: string | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<Page<PoolType>> {
    const where = await poolWhere(ctx.em, requireRole(ctx, RECORDERS), year, countyCode?.trim() || null);
    if (where === null) return emptyPage();
    const found = await findPage(ctx.em, DonationPool, where, { populate: POOL_POPULATE, orderBy: { id: 'asc' } }, page);
    const usage = await poolUsage(
      ctx.em,
      found.nodes.map((p) => p.id),
    );
    return pageOf(found, (p) => PoolType.from(p, usage.get(p.id)));
  }

  @Mutation(() => PoolType, { description: '登记资助池（县民政：本县一个或几个村；村干部：本村的直接资助）' })
  async recordPool(@Ctx() ctx: Context, @Arg('input', () => PoolInput, { description: 'The pool' }) input: PoolInput): Promise<PoolType> {
    return view(ctx, await recordPool(ctx.em, requireRole(ctx, RECORDERS), await ctx.policies(), input));
  }

  @Mutation(() => PoolType, {
    description: '修改资助池：总额不能少于已确认结算已分配的金额；已有确认分配的不能换捐赠方、年度或移除已使用的村',
  })
  async updatePool(
    @Ctx() ctx: Context,
    @Arg('poolId', () => ID, { description: 'Pool id' }) poolId: string,
    @Arg('input', () => PoolInput, { description: 'The pool’s new values' }) input: PoolInput,
    @Arg('expectedVersion', () => Int, { description: 'The version read; another version is CONFLICT. null: no check', nullable: true })
    expectedVersion: number | null,
  ): Promise<PoolType> {
    return view(ctx, await updatePool(ctx.em, requireRole(ctx, RECORDERS), await ctx.policies(), poolId, input, expectedVersion));
  }

  @Mutation(() => ID, { description: '删除资助池（已有确认分配的不能删除）；返回其编号' })
  async deletePool(@Ctx() ctx: Context, @Arg('poolId', () => ID, { description: 'Pool id' }) poolId: string): Promise<string> {
    return deletePool(ctx.em, requireRole(ctx, RECORDERS), poolId);
  }
}

async function view(ctx: Context, stored: DonationPool): Promise<PoolType> {
  const pool = await ctx.em.findOneOrFail(DonationPool, stored.id, { populate: POOL_POPULATE, refresh: true });
  return PoolType.from(pool, (await poolUsage(ctx.em, [pool.id])).get(pool.id));
}
