import { Arg, Args, Ctx, Extensions, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { findPage } from '../../../db/findPage.js';
import { pageOf, PAGE_COST, type Page } from '../../../graphql/connection.js';
import { PageArgs } from '../../../graphql/pageArgs.js';
import { SettlementOutcomeConnection } from './settlementOutcome.connection.js';
import type { Context } from '../../reference/context.js';
import { TextArg } from '../../../graphql/caps.js';
import { assertVillageRole, checkVillageRole, requireUser } from '../../reference/auth/access.js';
import { idShower } from '../../lifecycle/scheme/village.read.js';
import type { Settlement } from '../../lifecycle/settlementRecord/settlement.entity.js';
import { acceptSettlement, confirmSettlement } from './settlement.confirm.js';
import { findSettlement } from '../../lifecycle/settlementRecord/settlement.repository.js';
import { settle } from './settlement.service.js';
import { SettlementType } from './settlement.types.js';
import { SettlementOutcomeType } from './settlementOutcome.types.js';
import { SettlementOutcome } from '../../lifecycle/settlementRecord/settlementOutcome.entity.js';
import { toOutcomeType } from './settlementOutcome.mapper.js';

@Resolver(() => SettlementType)
export class SettlementResolver {
  @Mutation(() => SettlementType, { description: '结算（村干部、县人社）：按执行中的标准计算花名册，保存为草稿，替换此前的草稿' })
  async settle(
    @Ctx() ctx: Context,
    @TextArg('villageCode', 20, '村代码', { description: '12-digit village code' }) villageCode: string,
    @Arg('year', () => Int, { description: 'Scheme year' }) year: number,
    @Arg('supplementary', () => Boolean, {
      description: 'true after a confirmed settlement: settle only the members not in it yet (late payers)',
      nullable: true,
      defaultValue: false,
    })
    supplementary: boolean | null,
  ): Promise<SettlementType> {
    const village = await assertVillageRole(ctx, villageCode, ['VILLAGE_CADRE', 'COUNTY_HRSS']);
    const { settlement, outcomes } = await settle(ctx.em, ctx.user!, await ctx.policies(), {
      village,
      year,
      supplementary: supplementary === true,
    });
    return SettlementType.from(settlement, idShower(ctx, village), outcomes);
  }

  @Mutation(() => SettlementType, { description: '确认结算（本村村干部）：动用集体资金，确认后不再改变' })
  async confirmSettlement(
    @Ctx() ctx: Context,
    @Arg('settlementId', () => ID, { description: 'Settlement id' }) settlementId: string,
  ): Promise<SettlementType> {
    return this.view(ctx, await confirmSettlement(ctx.em, requireUser(ctx), settlementId));
  }

  @Mutation(() => SettlementType, { description: '受理已确认的结算（经办机构）' })
  async acceptSettlement(
    @Ctx() ctx: Context,
    @Arg('settlementId', () => ID, { description: 'Settlement id' }) settlementId: string,
  ): Promise<SettlementType> {
    return this.view(ctx, await acceptSettlement(ctx.em, requireUser(ctx), settlementId));
  }

  @Query(() => SettlementType, { nullable: true, description: '某次结算；须有该村的查看权限；没有该编号的结算时为 null' })
  async settlement(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Settlement id' }) id: string): Promise<SettlementType | null> {
    const user = requireUser(ctx);
    const settlement = await findSettlement(ctx.em, id);
    if (!settlement) return null;
    checkVillageRole(user, settlement.village, null);
    return this.view(ctx, settlement);
  }

  @FieldResolver(() => [SettlementOutcomeType], { description: '每人的结果，按花名册顺序；身份证号按查看权限遮掩' })
  async outcomes(@Ctx() ctx: Context, @Root() settlement: SettlementType): Promise<SettlementOutcomeType[]> {
    const rows =
      settlement.outcomeRows ??
      (await ctx.em.find(SettlementOutcome, { settlement: settlement.entity.id }, { orderBy: { id: 'asc' }, disableIdentityMap: true }));
    return rows.map((o) => toOutcomeType(o, settlement.showId));
  }

  @FieldResolver(() => SettlementOutcomeConnection, { description: '每人的结果，分页，按花名册顺序；身份证号按查看权限遮掩' })
  @Extensions(PAGE_COST)
  async outcomesConnection(
    @Ctx() ctx: Context,
    @Root() settlement: SettlementType,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<Page<SettlementOutcomeType>> {
    const where = { settlement: settlement.entity.id };
    const found = await findPage(ctx.em, SettlementOutcome, where, { orderBy: { id: 'asc' }, disableIdentityMap: true }, page);
    return pageOf(found, (o) => toOutcomeType(o, settlement.showId));
  }

  private view(ctx: Context, settlement: Settlement): SettlementType {
    return SettlementType.from(settlement, idShower(ctx, settlement.village));
  }
}
