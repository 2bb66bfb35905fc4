import { Arg, Args, Ctx, Extensions, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { findPage } from '../../db/findPage.js';
import { pageOf, PAGE_COST, type Page } from '../../graphql/connection.js';
import { PageArgs } from '../../graphql/pageArgs.js';
import { Donor } from './donor.entity.js';
import { DonorConnection } from './donor.connection.js';
import type { Context } from '../reference/context.js';
import { TextArg } from '../../graphql/caps.js';
import { requireRole } from '../reference/auth/access.js';
import type { Role } from '../reference/user/user.entity.js';
import { DonorKindEnum } from './donation.enums.js';
import type { DonorKind } from './donor.entity.js';
import { DonorInput } from './donor.input.js';
import { DONOR_ORDER, donorWhere, listDonors, MAX_DONORS } from './donor.list.js';
import { createDonor, deleteDonor, findVisibleDonor, updateDonor } from './donor.service.js';
import { DonorType } from './donor.types.js';

/** Roles that record donations (REGION_ADMIN always may). */
export const RECORDERS: Role[] = ['CIVIL_AFFAIRS', 'VILLAGE_CADRE'];

@Resolver()
export class DonorResolver {
  @Query(() => [DonorType], {
    description: `可选用的捐赠方（全区的和本县、本村登记的），按名称，至多${MAX_DONORS}个（更多的用 donorsConnection 分页）`,
  })
  async donors(
    @Ctx() ctx: Context,
    @TextArg('search', 100, '查找内容', { nullable: true, description: '名称包含，或统一社会信用代码' }) search: string | null,
    @Arg('kind', () => DonorKindEnum, { description: 'Only donors of this kind; null: all', nullable: true }) kind: DonorKind | null,
    @TextArg('countyCode', 20, '县代码', { nullable: true, description: '自治区管理员按县筛选' }) countyCode: string | null,
  ): Promise<DonorType[]> {
    return (await listDonors(ctx.em, requireRole(ctx, RECORDERS), { search, kind, countyCode })).map(DonorType.from);
  }

  @Query(() => DonorConnection, { description: '可选用的捐赠方，分页，按名称；筛选同 donors' })
  @Extensions(PAGE_COST)
  async donorsConnection(
    @Ctx() ctx: Context,
    @TextArg('search', 100, '查找内容', { nullable: true, description: '名称包含，或统一社会信用代码' }) search: string | null,
    @Arg('kind', () => DonorKindEnum, { nullable: true, description: 'Only donors of this kind' }) kind: DonorKind | null,
    @TextArg('countyCode', 20, '县代码', { nullable: true, description: '自治区管理员按县筛选' }) countyCode: string | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<Page<DonorType>> {
    const where = donorWhere(requireRole(ctx, RECORDERS), { search, kind, countyCode });
    return pageOf(await findPage(ctx.em, Donor, where, { orderBy: DONOR_ORDER }, page), DonorType.from);
  }

  @Query(() => DonorType, { nullable: true, description: '某个捐赠方；没有该编号的捐赠方时为 null' })
  async donor(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Donor id' }) id: string): Promise<DonorType | null> {
    const donor = await findVisibleDonor(ctx.em, requireRole(ctx, RECORDERS), id, 'id');
    return donor && DonorType.from(donor);
  }

  @Mutation(() => DonorType, { description: '登记捐赠方（县民政：本县；村干部：本村的个人和企业；自治区管理员：任何区域）' })
  async createDonor(
    @Ctx() ctx: Context,
    @Arg('input', () => DonorInput, { description: 'The donor' }) input: DonorInput,
  ): Promise<DonorType> {
    return DonorType.from(await createDonor(ctx.em, requireRole(ctx, RECORDERS), input));
  }

  @Mutation(() => DonorType, { description: '修改捐赠方；areaCode 不填则不变' })
  async updateDonor(
    @Ctx() ctx: Context,
    @Arg('donorId', () => ID, { description: 'Donor id' }) donorId: string,
    @Arg('input', () => DonorInput, { description: 'The donor’s new values' }) input: DonorInput,
    @Arg('expectedVersion', () => Int, { description: 'The version read; another version is CONFLICT. null: no check', nullable: true })
    expectedVersion: number | null,
  ): Promise<DonorType> {
    return DonorType.from(await updateDonor(ctx.em, requireRole(ctx, RECORDERS), donorId, input, expectedVersion));
  }

  @Mutation(() => ID, { description: '删除没有任何资助登记的捐赠方；返回其编号' })
  async deleteDonor(@Ctx() ctx: Context, @Arg('donorId', () => ID, { description: 'Donor id' }) donorId: string): Promise<string> {
    return deleteDonor(ctx.em, requireRole(ctx, RECORDERS), donorId);
  }
}
