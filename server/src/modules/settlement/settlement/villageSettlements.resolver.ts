import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../reference/context.js';
import { VillageType } from '../../reference/division/division.types.js';
import { idShower, readableVillage } from '../../lifecycle/scheme/village.read.js';
import { Settlement } from '../../lifecycle/settlementRecord/settlement.entity.js';
import { SettlementType } from './settlement.types.js';
import type { Em } from '../../../db/orm.js';
import { groupedLoader } from '../../reference/loaders.js';
import type { Village } from '../../reference/division/village.entity.js';

/** The settlements of villages in a year, one statement for all the villages of an answer. */
const villageSettlements = (em: Em) =>
  groupedLoader<{ village: Village; year: number }, Settlement[], Settlement>({
    group: (key) => String(key.year),
    read: (keys) =>
      em.find(
        Settlement,
        { village: { $in: keys.map((k) => k.village.id) }, year: keys[0]!.year },
        { populate: ['ruleSetVersion', 'createdBy', 'confirmedBy', 'acceptedBy'], orderBy: { id: 'asc' } },
      ),
    rowOwner: (s) => s.village.id,
    keyOwner: (k) => k.village.id,
    pick: (mine) => mine,
  });

@Resolver(() => VillageType)
export class VillageSettlementsResolver {
  @FieldResolver(() => [SettlementType], { description: '该年度的结算（草稿、已确认、已受理），按时间先后' })
  async settlements(
    @Ctx() ctx: Context,
    @Root() village: VillageType,
    @Arg('year', () => Int, { description: 'Scheme year' }) year: number,
  ): Promise<SettlementType[]> {
    const entity = readableVillage(ctx, village);
    const rows = await ctx.loader(villageSettlements).load({ village: entity, year });
    const showId = idShower(ctx, entity);
    return rows.map((s) => SettlementType.from(s, showId));
  }
}
