import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../reference/context.js';
import { VillageType } from '../../reference/division/division.types.js';
import { idShower, readableVillage } from '../../lifecycle/scheme/village.read.js';
import { rejectedPostings } from './posting.rejected.js';
import { toPostingType } from './posting.resolver.js';
import { RejectedPostingType, ResettlementType } from './posting.types.js';

@Resolver(() => VillageType)
export class VillagePostingsResolver {
  @FieldResolver(() => [RejectedPostingType], { description: '该年度被经办机构退回的成员及原因；更正花名册后可补充结算' })
  async rejectedPostings(
    @Ctx() ctx: Context,
    @Root() village: VillageType,
    @Arg('year', () => Int, { description: 'Scheme year' }) year: number,
  ): Promise<RejectedPostingType[]> {
    const entity = readableVillage(ctx, village);
    const showId = idShower(ctx, entity);
    const rows = await rejectedPostings(ctx.em, entity, year);
    return rows.map((r) =>
      Object.assign(new RejectedPostingType(), toPostingType(r.posting, showId), {
        settlementId: String(r.posting.settlement.id),
        name: r.name,
        resettlement: r.resettlement
          ? Object.assign(new ResettlementType(), { settlementId: String(r.resettlement.settlementId), status: r.resettlement.status })
          : null,
      }),
    );
  }
}
