import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../reference/context.js';
import { requireRole } from '../../reference/auth/access.js';
import { RECORDERS } from '../../donations/donor.resolver.js';
import { donorStatement } from './statement.service.js';
import { DonorStatementType } from './statement.types.js';

@Resolver()
export class StatementResolver {
  @Query(() => DonorStatementType, {
    description: '捐赠方某年度的对账单（县民政：本县；村干部：本村；自治区管理员：全部）；草稿中的数字另列，已确认的结算为定数',
  })
  async donorStatement(
    @Ctx() ctx: Context,
    @Arg('donorId', () => ID, { description: 'Donor id' }) donorId: string,
    @Arg('year', () => Int, { description: 'Scheme year of the statement' }) year: number,
  ): Promise<DonorStatementType> {
    return donorStatement(ctx.em, requireRole(ctx, RECORDERS), donorId, year);
  }
}
