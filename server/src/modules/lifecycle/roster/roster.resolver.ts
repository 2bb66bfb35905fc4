import { Arg, Args, Ctx, Extensions, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { findPage } from '../../../db/findPage.js';
import { pageOf, PAGE_COST, type Page } from '../../../graphql/connection.js';
import { PageArgs } from '../../../graphql/pageArgs.js';
import { MemberConnection } from './roster.connection.js';
import type { Context } from '../../reference/context.js';
import { assertMemberCount } from '../../../limits/limits.js';
import { TextArg } from '../../../graphql/caps.js';
import { assertVillageAccess, canSeeFullId } from '../../reference/auth/access.js';
import { VillageType } from '../../reference/division/division.types.js';
import { idShower, readableVillage } from '../scheme/village.read.js';
import { MemberInput, plain } from './member.input.js';
import { Member } from './member.entity.js';
import { importMembers } from './roster.service.js';
import { rosterFilter, SEARCH_MAX } from './roster.search.js';
import { settledAmong, settledOfRoster } from './roster.settled.js';
import { ImportResultType, MemberType, RosterSummaryType } from './roster.types.js';

@Resolver(() => VillageType)
export class RosterResolver {
  @Mutation(() => ImportResultType, {
    description:
      '导入花名册（村干部）：按身份证号新增或更新；replace 为 true 时移除未提交的成员。真实名册会替换全部演示成员；practice 为 true 时导入演示用的样例（只能导入到没有真实成员的花名册）',
  })
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
    @Arg('practice', () => Boolean, {
      description:
        'true: the members are the generated sample (演示数据, fictitious): refused (ROSTER_NOT_EMPTY) when the roster has real members; they replace the practice rows and are never settled',
      nullable: true,
      defaultValue: false,
    })
    practice: boolean | null,
  ): Promise<ImportResultType> {
    const village = await assertVillageAccess(ctx, villageCode, 'edit');
    assertMemberCount(members.length);
    const counts = await importMembers(ctx.em, ctx.user!, await ctx.policies(), {
      village,
      year,
      rows: members.map(plain),
      replace: replace === true,
      practice: practice === true,
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
    const settled = await settledOfRoster(ctx.em, entity, year);
    return rows.map((m) => MemberType.from(m, showId, settled));
  }

  @FieldResolver(() => MemberConnection, {
    description: '该年度花名册，分页，按导入顺序；可按姓名或身份证号片段搜索；身份证号按查看权限遮掩',
  })
  @Extensions(PAGE_COST)
  async rosterConnection(
    @Ctx() ctx: Context,
    @Root() village: VillageType,
    @Arg('year', () => Int, { description: 'Roster year' }) year: number,
    @Args(() => PageArgs) page: PageArgs,
    @TextArg('search', SEARCH_MAX, '搜索', {
      nullable: true,
      description:
        'A fragment of the name or of the ID number (ignoring case); readers who see ID numbers masked search names only. Empty: everyone',
    })
    search: string | null,
  ): Promise<Page<MemberType>> {
    const entity = readableVillage(ctx, village);
    const where = rosterFilter(entity, year, search, canSeeFullId(ctx.user, entity));
    const found = await findPage(ctx.em, Member, where, { orderBy: { id: 'asc' } }, page);
    const showId = idShower(ctx, entity);
    const settled = await settledAmong(
      ctx.em,
      entity,
      year,
      found.nodes.map((m) => m.idNumber),
    );
    return pageOf(found, (m) => MemberType.from(m, showId, settled));
  }

  @FieldResolver(() => RosterSummaryType, { description: '该年度花名册的人数：总数、演示成员数、已结算成员数' })
  async rosterSummary(
    @Ctx() ctx: Context,
    @Root() village: VillageType,
    @Arg('year', () => Int, { description: 'Roster year' }) year: number,
  ): Promise<RosterSummaryType> {
    const entity = readableVillage(ctx, village);
    const rows = await ctx.em.find(Member, { village: entity, year }, { fields: ['idNumber', 'practice'], disableIdentityMap: true });
    const settled = await settledOfRoster(ctx.em, entity, year);
    return Object.assign(new RosterSummaryType(), {
      total: rows.length,
      practice: rows.filter((m) => m.practice).length,
      settled: rows.filter((m) => settled.has(m.idNumber)).length,
    });
  }
}
