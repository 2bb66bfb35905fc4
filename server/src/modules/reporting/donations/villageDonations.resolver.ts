import { fenToYuan, maskIdNumber } from '@cunce/rules';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../reference/context.js';
import { TextArg } from '../../../graphql/caps.js';
import { canSeeFullId, requireUser } from '../../reference/auth/access.js';
import { getVillage } from '../../reference/division/village.lookup.js';
import { Settlement } from '../../lifecycle/settlementRecord/settlement.entity.js';
import { assertCanReadDonations } from '../../donations/donation.access.js';
import { DonationVillageType } from '../../donations/donation.types.js';
import { availableHere, poolUsage } from '../../donations/donation.usage.js';
import { DonationAllocation } from '../../settlement/allocation/donationAllocation.entity.js';
import { DonationGift } from '../../donations/donationGift.entity.js';
import { DonationPool } from '../../donations/donationPool.entity.js';
import { GIFT_POPULATE } from '../../donations/gift.service.js';
import { GiftType } from '../../donations/gift.types.js';
import { POOL_POPULATE } from '../../donations/pool.service.js';
import { PoolType } from '../../donations/pool.types.js';
import { PoolAvailableType, SettlementDonationsType, VillageDonationsType } from './villageDonations.types.js';

@Resolver()
export class VillageDonationsResolver {
  @Query(() => VillageDonationsType, { description: '某村某年度的社会资助（县民政、能查看该村的用户）；身份证号按查看权限遮掩' })
  async villageDonations(
    @Ctx() ctx: Context,
    @TextArg('villageCode', 20, '村代码', { description: '12-digit village code' }) villageCode: string,
    @Arg('year', () => Int, { description: 'Scheme year' }) year: number,
  ): Promise<VillageDonationsType> {
    const user = requireUser(ctx);
    const village = await getVillage(ctx.em, villageCode);
    assertCanReadDonations(user, village);
    const showId = canSeeFullId(user, village) ? (id: string) => id : maskIdNumber;
    const gifts = await ctx.em.find(DonationGift, { village, year }, { populate: GIFT_POPULATE, orderBy: { id: 'asc' } });
    const pools = await ctx.em.find(
      DonationPool,
      { year, countyCode: village.township.county.code, villages: village.id },
      { populate: POOL_POPULATE, orderBy: { id: 'asc' } },
    );
    const usage = await poolUsage(
      ctx.em,
      pools.map((p) => p.id),
    );
    const available = await availableHere(ctx.em, pools, village);
    const settlements = await ctx.em.find(Settlement, { village, year }, { orderBy: { id: 'asc' } });
    const rows = await ctx.em.find(
      DonationAllocation,
      { settlement: { $in: settlements.map((s) => s.id) } },
      { populate: ['donor'], orderBy: { id: 'asc' } },
    );
    return Object.assign(new VillageDonationsType(), {
      village: DonationVillageType.from(village),
      year,
      gifts: gifts.map((g) => GiftType.from(g, showId)),
      pools: pools.map((p) => PoolType.from(p, usage.get(p.id))),
      poolsAvailable: pools.map((p) =>
        Object.assign(new PoolAvailableType(), { poolId: String(p.id), available: fenToYuan(available.get(p.id)!) }),
      ),
      settlements: settlements.map((s) =>
        SettlementDonationsType.from(
          s,
          rows.filter((r) => r.settlement.id === s.id),
          showId,
        ),
      ),
    });
  }
}
