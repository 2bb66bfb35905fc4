import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../reference/context.js';
import { checkVillageRole, requireUser } from '../../reference/auth/access.js';
import { getScheme } from '../../lifecycle/scheme/scheme.repository.js';
import { getSettlement } from '../../lifecycle/settlementRecord/settlement.repository.js';
import { resolutionNotice } from './notice.resolution.js';
import { resultNotice } from './notice.result.js';
import { ResolutionNoticeType } from './resolutionNotice.types.js';
import { ResultNoticeType } from './resultNotice.types.js';

/** The two public notices of 四议两公开, as data for a printable page; any reader of the village. */
@Resolver()
export class NoticeResolver {
  @Query(() => ResolutionNoticeType, { description: '决议公开：补助标准的白话说明及决议日期、表决情况（默认最新保存的版本）' })
  async resolutionNotice(
    @Ctx() ctx: Context,
    @Arg('schemeId', () => ID, { description: 'Scheme id' }) schemeId: string,
    @Arg('version', () => Int, { description: 'Rule-set version number; null: the latest saved version', nullable: true })
    version: number | null,
  ): Promise<ResolutionNoticeType> {
    const user = requireUser(ctx);
    const scheme = await getScheme(ctx.em, schemeId);
    checkVillageRole(user, scheme.village, null);
    return resolutionNotice(ctx.em, await ctx.policies(), scheme, version);
  }

  @Query(() => ResultNoticeType, { description: '实施结果公开：已确认结算的公示名单（姓名、遮掩的身份证号、金额及合计）；草稿不能公开' })
  async resultNotice(
    @Ctx() ctx: Context,
    @Arg('settlementId', () => ID, { description: 'Settlement id (usually a confirmed one)' }) settlementId: string,
  ): Promise<ResultNoticeType> {
    const user = requireUser(ctx);
    const settlement = await getSettlement(ctx.em, settlementId);
    checkVillageRole(user, settlement.village, null);
    return resultNotice(ctx.em, settlement);
  }
}
