import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../reference/context.js';
import { TextArg } from '../../../graphql/caps.js';
import { checkVillageRole, requireUser } from '../../reference/auth/access.js';
import { VillageType } from '../../reference/division/division.types.js';
import { findVillage } from '../../reference/division/village.lookup.js';
import { Scheme } from './scheme.entity.js';
import { SchemeType } from './scheme.types.js';
import { readableVillage } from './village.read.js';

/** A village's stored data, for users whose area covers it. */
@Resolver(() => VillageType)
export class VillageResolver {
  @Query(() => VillageType, { nullable: true, description: '某村（按代码或曾用代码）；须有该村的查看权限' })
  async village(
    @Ctx() ctx: Context,
    @TextArg('code', 20, '代码', { description: '12-digit village code, current or former (曾用代码)' }) code: string,
  ): Promise<VillageType | null> {
    const user = requireUser(ctx);
    const village = await findVillage(ctx.em, code);
    if (!village) return null;
    checkVillageRole(user, village, null);
    await ctx.em.populate(village, ['aliases']);
    return VillageType.from(village);
  }

  @FieldResolver(() => SchemeType, { nullable: true, description: '该年度的方案：该年度建立的，或者覆盖该年度的多年度方案' })
  async scheme(
    @Ctx() ctx: Context,
    @Root() village: VillageType,
    @Arg('year', () => Int, { description: 'Scheme year' }) year: number,
  ): Promise<SchemeType | null> {
    const schemes = await ctx.em.find(
      Scheme,
      { village: readableVillage(ctx, village), year: { $lte: year } },
      { populate: ['village.township.county'], orderBy: { year: 'desc' } },
    );
    const found = schemes.find((s) => s.year === year) ?? schemes.find((s) => (s.lastYear ?? s.year) >= year);
    return found ? SchemeType.from(found) : null;
  }

  @FieldResolver(() => [SchemeType], { description: '该村的全部方案，按年度' })
  async schemes(@Ctx() ctx: Context, @Root() village: VillageType): Promise<SchemeType[]> {
    const schemes = await ctx.em.find(
      Scheme,
      { village: readableVillage(ctx, village) },
      { populate: ['village.township.county'], orderBy: { year: 'asc' } },
    );
    return schemes.map(SchemeType.from);
  }
}
