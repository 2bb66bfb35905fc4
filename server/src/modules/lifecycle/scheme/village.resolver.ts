import { Arg, Ctx, Extensions, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { costRule, count } from '../../../limits/costRule.js';
import type { Context } from '../../reference/context.js';
import { TextArg } from '../../../graphql/caps.js';
import { checkVillageRole, requireUser } from '../../reference/auth/access.js';
import { VillageType } from '../../reference/division/division.types.js';
import { findVillage, findVillages, MAX_VILLAGE_CODES } from '../../reference/division/village.lookup.js';
import { schemeOfYear, villageSchemes } from './scheme.loaders.js';
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

  @Query(() => [VillageType], {
    description: `多个村（按代码或曾用代码，按所给顺序；没有的代码略去），一次至多${MAX_VILLAGE_CODES}个；须有每个村的查看权限。编辑器的区划树用它一次取得各村的方案状态`,
  })
  @Extensions(costRule({ items: (args) => count(args.codes) }))
  async villages(
    @Ctx() ctx: Context,
    @Arg('codes', () => [String], {
      description: 'Village codes, current or former (at most 3,000); answered in this order, unknown codes left out',
    })
    codes: string[],
  ): Promise<VillageType[]> {
    const user = requireUser(ctx);
    const villages = await findVillages(ctx.em, codes);
    for (const village of villages) checkVillageRole(user, village, null);
    return villages.map(VillageType.from);
  }

  @FieldResolver(() => SchemeType, { nullable: true, description: '该年度的方案：该年度建立的，或者覆盖该年度的多年度方案' })
  async scheme(
    @Ctx() ctx: Context,
    @Root() village: VillageType,
    @Arg('year', () => Int, { description: 'Scheme year' }) year: number,
  ): Promise<SchemeType | null> {
    const found = await ctx.loader(schemeOfYear).load({ village: readableVillage(ctx, village), year });
    return found ? SchemeType.from(found) : null;
  }

  @FieldResolver(() => [SchemeType], { description: '该村的全部方案，按年度' })
  async schemes(@Ctx() ctx: Context, @Root() village: VillageType): Promise<SchemeType[]> {
    return (await ctx.loader(villageSchemes).load(readableVillage(ctx, village))).map(SchemeType.from);
  }
}
