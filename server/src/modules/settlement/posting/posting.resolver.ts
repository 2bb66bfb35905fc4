import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { fenToYuan } from '@cunce/rules';
import type { Context } from '../../reference/context.js';
import { requireUser } from '../../reference/auth/access.js';
import { idShower } from '../../lifecycle/scheme/village.read.js';
import { SettlementType } from '../settlement/settlement.types.js';
import { Posting, type PostingStatus } from '../../lifecycle/settlementRecord/posting.entity.js';
import { PostingInput, PostingStatusEnum } from './posting.input.js';
import { postingTotals } from './posting.repository.js';
import { recordPostings } from './posting.service.js';
import { postingSummary } from './posting.summary.js';
import { PostingResultType, PostingSummaryType, PostingType } from './posting.types.js';

/** The agency's posting results on a settlement (the Settlement is reached through access-checked queries). */
@Resolver(() => SettlementType)
export class PostingResolver {
  @Mutation(() => PostingResultType, {
    description: '登记入账结果（经办机构）：已受理结算中每名成员入账或退回（须填原因）；每次最多10000人，全部通过才登记；已登记的不能更改',
  })
  async recordPostings(
    @Ctx() ctx: Context,
    @Arg('settlementId', () => ID, { description: 'Id of the accepted settlement' }) settlementId: string,
    @Arg('postings', () => [PostingInput], { description: 'Results per member (at most 10,000 a call)' }) postings: PostingInput[],
  ): Promise<PostingResultType> {
    const result = await recordPostings(ctx.em, requireUser(ctx), settlementId, postings);
    const settlement = SettlementType.from(result.settlement, idShower(ctx, result.settlement.village));
    return Object.assign(new PostingResultType(), { recorded: result.recorded, unchanged: result.unchanged, settlement });
  }

  @FieldResolver(() => PostingSummaryType, { description: '入账情况（经办机构登记的入账、退回与待登记人数和金额）' })
  async posting(@Ctx() ctx: Context, @Root() settlement: SettlementType): Promise<PostingSummaryType> {
    return PostingSummaryType.from(postingSummary(settlement.entity, await postingTotals(ctx.em, settlement.entity.id)));
  }

  @FieldResolver(() => [PostingType], { description: '已登记的入账结果，按登记先后；身份证号按查看权限遮掩' })
  async postings(
    @Ctx() ctx: Context,
    @Root() settlement: SettlementType,
    @Arg('status', () => PostingStatusEnum, { description: 'Only postings of this status; null: all', nullable: true })
    status?: PostingStatus | null,
  ): Promise<PostingType[]> {
    const rows = await ctx.em.find(
      Posting,
      { settlement: settlement.entity.id, ...(status ? { status } : {}) },
      { populate: ['recordedBy'], orderBy: { id: 'asc' } },
    );
    return rows.map((p) => toPostingType(p, settlement.showId));
  }
}

export function toPostingType(p: Posting, showId: (id: string) => string): PostingType {
  return Object.assign(new PostingType(), {
    idNumber: showId(p.idNumber),
    status: p.status,
    reason: p.reason,
    collective: fenToYuan(p.collectiveFen),
    recordedAt: p.recordedAt,
    recordedBy: p.recordedBy.username,
  });
}
