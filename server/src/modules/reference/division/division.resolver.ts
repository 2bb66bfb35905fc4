import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { TextArg } from '../../../graphql/caps.js';
import { requireRole } from '../auth/access.js';
import { County } from './county.entity.js';
import { CountyType, TownshipType, VillageType } from './division.types.js';
import { addTownship } from './division.township.js';
import { addVillage, correctVillageCode } from './division.service.js';

@Resolver()
export class DivisionResolver {
  @Query(() => [CountyType], { description: '宁夏各县（市、区）及试点乡镇、村；无需登录' })
  async counties(@Ctx() ctx: Context): Promise<CountyType[]> {
    const counties = await ctx.em.find(County, {}, { populate: ['townships.villages.aliases'], orderBy: { code: 'asc' } });
    return counties.map(CountyType.from);
  }

  @Mutation(() => TownshipType, { description: '新增乡镇（自治区管理员），任一县（区）均可；正式代码未知时标为暂定代码' })
  async addTownship(
    @Ctx() ctx: Context,
    @TextArg('countyCode', 20, '县代码', { description: '6-digit code of its county' }) countyCode: string,
    @TextArg('code', 20, '代码', { description: '9-digit township code' }) code: string,
    @TextArg('name', 50, '名称', { description: 'Township name (乡镇名称)' }) name: string,
    @Arg('provisional', () => Boolean, { defaultValue: false, description: 'The code is provisional (暂定代码), to be confirmed' })
    provisional: boolean,
  ): Promise<TownshipType> {
    const admin = requireRole(ctx, []);
    return TownshipType.from(await addTownship(ctx.em, admin, { countyCode, code, name, provisional }));
  }

  @Mutation(() => VillageType, { description: '新增村（自治区管理员）' })
  async addVillage(
    @Ctx() ctx: Context,
    @TextArg('townshipCode', 20, '乡镇代码', { description: '9-digit code of its township' }) townshipCode: string,
    @TextArg('code', 20, '代码', { description: '12-digit village code' }) code: string,
    @TextArg('name', 50, '名称', { description: 'Village name' }) name: string,
    @Arg('provisional', () => Boolean, {
      description: 'true when the code is a provisional one made up by the rules, to be corrected later',
      defaultValue: false,
    })
    provisional: boolean,
  ): Promise<VillageType> {
    const admin = requireRole(ctx, []);
    return VillageType.from(await addVillage(ctx.em, admin, { townshipCode, code, name, provisional }));
  }

  @Mutation(() => VillageType, { description: '更正村代码（自治区管理员）；原代码保留为曾用代码' })
  async correctVillageCode(
    @Ctx() ctx: Context,
    @TextArg('code', 20, '代码', { description: 'The current (provisional) code' }) code: string,
    @TextArg('newCode', 20, '新代码', { description: 'The correct 12-digit code' }) newCode: string,
  ): Promise<VillageType> {
    const admin = requireRole(ctx, []);
    const village = await correctVillageCode(ctx.em, admin, code, newCode);
    await ctx.em.populate(village, ['aliases']);
    return VillageType.from(village);
  }
}
