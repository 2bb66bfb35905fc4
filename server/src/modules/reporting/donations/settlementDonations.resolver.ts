import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../reference/context.js';
import { SettlementType } from '../../settlement/settlement/settlement.types.js';
import { AllocationType, DonorTotalType } from '../../settlement/allocation/allocation.types.js';
import { DonationAllocation } from '../../settlement/allocation/donationAllocation.entity.js';

/**
 * The donation parts of a settlement (whoever may read the settlement: SettlementResolver checked it). 县民政
 * reads them through `villageDonations`.
 */
@Resolver(() => SettlementType)
export class SettlementDonationsResolver {
  @FieldResolver(() => [DonorTotalType], {
    description: '按捐赠方的社会资助合计；applied 之和等于 totals.donation，returned 之和等于 totals.donationExcess',
  })
  async donationsByDonor(@Ctx() ctx: Context, @Root() settlement: SettlementType): Promise<DonorTotalType[]> {
    return DonorTotalType.list(await allocationRows(ctx, settlement.entity.id));
  }

  @FieldResolver(() => [AllocationType], {
    description: '每人每笔资助的分配：先是花名册登记的资助和定向资助（按花名册顺序、登记顺序），再是各资助池；身份证号按查看权限遮掩',
  })
  async donationAllocations(@Ctx() ctx: Context, @Root() settlement: SettlementType): Promise<AllocationType[]> {
    return (await allocationRows(ctx, settlement.entity.id)).map((a) => AllocationType.from(a, settlement.showId));
  }
}

function allocationRows(ctx: Context, settlementId: number): Promise<DonationAllocation[]> {
  return ctx.em.find(DonationAllocation, { settlement: settlementId }, { populate: ['donor'], orderBy: { id: 'asc' } });
}
