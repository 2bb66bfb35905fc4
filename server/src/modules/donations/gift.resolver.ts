import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../reference/context.js';
import { canSeeFullId, requireRole } from '../reference/auth/access.js';
import { maskIdNumber } from '@cunce/rules';
import type { DonationGift } from './donationGift.entity.js';
import { RECORDERS } from './donor.resolver.js';
import { GiftInput } from './gift.input.js';
import { deleteGift, recordGift, updateGift } from './gift.service.js';
import { GiftType } from './gift.types.js';

@Resolver()
export class GiftResolver {
  @Mutation(() => GiftType, { description: '登记定向资助（村干部：本村的直接资助；县民政：本县各村，含经慈善组织的）' })
  async recordGift(@Ctx() ctx: Context, @Arg('input', () => GiftInput, { description: 'The gift' }) input: GiftInput): Promise<GiftType> {
    return view(ctx, await recordGift(ctx.em, requireRole(ctx, RECORDERS), await ctx.policies(), input));
  }

  @Mutation(() => GiftType, { description: '修改定向资助；受助人该年度结算已确认的不能修改（CONFLICT）' })
  async updateGift(
    @Ctx() ctx: Context,
    @Arg('giftId', () => ID, { description: 'Gift id' }) giftId: string,
    @Arg('input', () => GiftInput, { description: 'The gift’s new values' }) input: GiftInput,
    @Arg('expectedVersion', () => Int, { description: 'The version read; another version is CONFLICT. null: no check', nullable: true })
    expectedVersion: number | null,
  ): Promise<GiftType> {
    return view(ctx, await updateGift(ctx.em, requireRole(ctx, RECORDERS), await ctx.policies(), giftId, input, expectedVersion));
  }

  @Mutation(() => ID, { description: '删除定向资助（受助人该年度结算已确认的不能删除）；返回其编号' })
  async deleteGift(@Ctx() ctx: Context, @Arg('giftId', () => ID, { description: 'Gift id' }) giftId: string): Promise<string> {
    return deleteGift(ctx.em, requireRole(ctx, RECORDERS), giftId);
  }
}

function view(ctx: Context, gift: DonationGift): GiftType {
  return GiftType.from(gift, canSeeFullId(ctx.user, gift.village) ? (id) => id : maskIdNumber);
}
