import { Arg, Args, Ctx, Extensions, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { findPage } from '../../../db/findPage.js';
import { pageOf, PAGE_COST, type Page } from '../../../graphql/connection.js';
import { PageArgs } from '../../../graphql/pageArgs.js';
import { MemberConnection } from './roster.connection.js';
import type { Context } from '../../reference/context.js';
import { assertMemberCount } from '../../../limits/limits.js';
import { TextArg } from '../../../graphql/caps.js';
import { assertVillageAccess } from '../../reference/auth/access.js';
import { VillageType } from '../../reference/division/division.types.js';
import { idShower, readableVillage } from '../scheme/village.read.js';
import { MemberInput } from './member.input.js';
import { Member } from './member.entity.js';
import { importMembers } from './roster.service.js';
import { ImportResultType, MemberType } from './roster.types.js';

@Resolver(() => VillageType)
export class RosterResolver {
  @Mutation(() => ImportResultType, { description: '导入花名册（村干部）：按身份证号新增或更新；replace 为 true 时移除未提交的成员' })
  async importMembers(
    @Ctx() ctx: Context,
    @TextArg('villageCode', 20, '村代码', { description: '12-digit village code' }) villageCode: string,
    @Arg('year', () => Int, { description: 'Scheme year of the roster' }) year: number,
    @Arg('members', () => [MemberInput], { description: 'The members (at most 10,000 a call); bad rows refuse the whole call' })
    members: MemberInput[],
    @Arg('replace', () => Boolean, {
      description: 'true: also remove the members of the roster not sent',
      nullable: true,
      defaultValue: false,
    })
    replace: boolean | null,
  ): Promise<ImportResultType> {
    const village = await assertVillageAccess(ctx, villageCode, 'edit');
    assertMemberCount(members.length);
    const counts = await importMembers(ctx.em, ctx.user!, await ctx.policies(), {
      village,
      year,
      rows: members.map(plain),
      replace: replace === true,
    });
    return Object.assign(new ImportResultType(), counts);
  }

  @FieldResolver(() => [MemberType], { description: '该年度花名册（按导入顺序）；身份证号按查看权限遮掩' })
  async roster(
    @Ctx() ctx: Context,
    @Root() village: VillageType,
    @Arg('year', () => Int, { description: 'Scheme year' }) year: number,
  ): Promise<MemberType[]> {
    const entity = readableVillage(ctx, village);
    const rows = await ctx.em.find(Member, { village: entity, year }, { orderBy: { id: 'asc' } });
    const showId = idShower(ctx, entity);
    return rows.map((m) => MemberType.from(m, showId));
  }

  @FieldResolver(() => MemberConnection, { description: '该年度花名册，分页，按导入顺序；身份证号按查看权限遮掩' })
  @Extensions(PAGE_COST)
  async rosterConnection(
    @Ctx() ctx: Context,
    @Root() village: VillageType,
    @Arg('year', () => Int, { description: 'Roster year' }) year: number,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<Page<MemberType>> {
    const entity = readableVillage(ctx, village);
    const found = await findPage(ctx.em, Member, { village: entity, year }, { orderBy: { id: 'asc' } }, page);
    const showId = idShower(ctx, entity);
    return pageOf(found, (m) => MemberType.from(m, showId));
  }
}

/** The input as a plain object without the fields not sent (type-graphql gives class instances). */
function plain(member: MemberInput): Record<string, unknown> {
  return Object.fromEntries(Object.entries(member).filter(([, v]) => v !== undefined));
}
