import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../reference/context.js';
import { VillageType } from '../../reference/division/division.types.js';
import { idShower, readableVillage } from '../../lifecycle/scheme/village.read.js';
import { Settlement } from '../../lifecycle/settlementRecord/settlement.entity.js';
import { SettlementType } from './settlement.types.js';

@Resolver(() => VillageType)
export class VillageSettlementsResolver {
  @FieldResolver(() => [SettlementType], { description: '该年度的结算（草稿、已确认、已受理），按时间先后' })
  async settlements(
    @Ctx() ctx: Context,
    @Root() village: VillageType,
    @Arg('year', () => Int, { description: 'Scheme year' }) year: number,
  ): Promise<SettlementType[]> {
    const entity = readableVillage(ctx, village);
    const rows = await ctx.em.find(
      Settlement,
      { village: entity, year },
      { populate: ['village.township.county', 'ruleSetVersion', 'createdBy', 'confirmedBy', 'acceptedBy'], orderBy: { id: 'asc' } },
    );
    const showId = idShower(ctx, entity);
    return rows.map((s) => SettlementType.from(s, showId));
  }
}
