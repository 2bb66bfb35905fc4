import { fenToYuan } from '@cunce/rules';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SchemeStatusEnum } from '../../lifecycle/scheme/scheme.enums.js';
import type { SchemeStatus } from '../../lifecycle/scheme/scheme.transitions.js';
import type { Figures } from './dashboard.figures.js';
import type { ScopeLevel } from './dashboard.scope.js';

export const DashboardLevelEnum = { REGION: 'REGION', COUNTY: 'COUNTY', TOWNSHIP: 'TOWNSHIP', VILLAGE: 'VILLAGE' } as const;
registerEnumType(DashboardLevelEnum, {
  name: 'DashboardLevel',
  description: '统计范围或行的层级：全区、县（区）、乡镇、村',
  valuesConfig: {
    REGION: { description: 'The whole region (全区)' },
    COUNTY: { description: 'A county (县、区)' },
    TOWNSHIP: { description: 'A township (乡镇)' },
    VILLAGE: { description: 'A village (村)' },
  },
});

@ObjectType('SchemeStatusCounts', { description: '按方案状态的村数；none：该年度没有方案' })
export class SchemeStatusCountsType {
  @Field(() => Int, { description: 'Villages whose scheme is a draft' }) draft!: number;
  @Field(() => Int, { description: 'Villages awaiting filing receipts' }) submitted!: number;
  @Field(() => Int, { description: 'Villages with a filed scheme' }) filed!: number;
  @Field(() => Int, { description: 'Villages with a suspended scheme' }) suspended!: number;
  @Field(() => Int, { description: 'Villages without a scheme for the year' }) none!: number;
}

@ObjectType('MembersAndMoney', { description: 'A count of members and their collective subsidy' })
export class MembersAndMoneyType {
  @Field(() => Int, { description: 'Members' }) members!: number;
  @Field(() => Float, { description: '集体补助（元）' }) collective!: number;
}

@ObjectType('DraftFigures', { description: '未确认的结算草稿（不计入已确认的数字）' })
export class DraftFiguresType extends MembersAndMoneyType {
  @Field(() => Int, { description: 'Villages with a draft settlement' }) villages!: number;
}

@ObjectType('DashboardFigures', {
  description: '计入的结算：各村该年度最近一次已确认（或已受理）的结算及其后确认的补充结算；经办机构退回的成员不计入',
})
export class DashboardFiguresType {
  @Field(() => Int, { description: 'Villages in the area' }) villages!: number;
  @Field(() => SchemeStatusCountsType, { description: 'Villages by scheme status' }) schemes!: SchemeStatusCountsType;
  @Field(() => Int, { description: '方案在实施（已备案且未暂停）的村数' }) payingVillages!: number;
  @Field(() => Int, { description: '花名册人数' }) rosterMembers!: number;
  @Field(() => Int, { description: '有已确认结算的村数' }) settledVillages!: number;
  @Field(() => Int, { description: '已确认结算的人数' }) settledMembers!: number;
  @Field(() => Int, { description: '享受集体补助的人数' }) coveredMembers!: number;
  @Field(() => Float, { description: '已确认的集体补助（元）' }) collectivePaid!: number;
  @Field(() => Float, { nullable: true, description: '人均集体补助（元）；无人享受时为空' }) averagePerCovered!: number | null;
  @Field(() => MembersAndMoneyType, { description: '经办机构已入账' }) posted!: MembersAndMoneyType;
  @Field(() => MembersAndMoneyType, { description: '经办机构已退回' }) rejected!: MembersAndMoneyType;
  @Field(() => Int, { description: '实施中的标准设有预算的村数' }) budgetedVillages!: number;
  @Field(() => Float, { nullable: true, description: '这些村的预算合计（元）；都未设预算时为空' }) budget!: number | null;
  @Field(() => Float, { description: '这些村已确认的集体补助（元）' }) budgetedCollective!: number;
  @Field(() => Float, { nullable: true, description: '预算使用率 = budgetedCollective ÷ budget（4位小数）；无预算或预算为0时为空' })
  budgetUse!: number | null;
  @Field(() => DraftFiguresType, { description: 'Unconfirmed drafts' }) drafts!: DraftFiguresType;

  static from(f: Figures): DashboardFiguresType {
    const budgeted = f.budgetedVillages > 0;
    return Object.assign(new DashboardFiguresType(), {
      villages: f.villages,
      schemes: {
        draft: f.schemes.DRAFT,
        submitted: f.schemes.SUBMITTED,
        filed: f.schemes.FILED,
        suspended: f.schemes.SUSPENDED,
        none: f.schemes.NONE,
      },
      payingVillages: f.payingVillages,
      rosterMembers: f.rosterMembers,
      settledVillages: f.settledVillages,
      settledMembers: f.settledMembers,
      coveredMembers: f.coveredMembers,
      collectivePaid: fenToYuan(f.collectiveFen),
      averagePerCovered: f.coveredMembers > 0 ? fenToYuan(Math.round(f.collectiveFen / f.coveredMembers)) : null,
      posted: { members: f.postedMembers, collective: fenToYuan(f.postedCollectiveFen) },
      rejected: { members: f.rejectedMembers, collective: fenToYuan(f.rejectedCollectiveFen) },
      budgetedVillages: f.budgetedVillages,
      budget: budgeted ? fenToYuan(f.budgetFen) : null,
      budgetedCollective: fenToYuan(f.budgetedCollectiveFen),
      budgetUse: budgeted && f.budgetFen > 0 ? Math.round((f.budgetedCollectiveFen / f.budgetFen) * 10_000) / 10_000 : null,
      drafts: { villages: f.draftVillages, members: f.draftMembers, collective: fenToYuan(f.draftCollectiveFen) },
    });
  }
}

@ObjectType('DashboardRow', { description: 'The figures of one county (region view) or one village (county or township view)' })
export class DashboardRowType {
  @Field(() => DashboardLevelEnum, { description: 'Level of the row' }) level!: 'COUNTY' | 'VILLAGE';
  @Field(() => String, { description: 'Division code' }) code!: string;
  @Field(() => String, { description: 'Name' }) name!: string;
  @Field(() => String, { nullable: true, description: '村所在乡镇' }) townshipName!: string | null;
  @Field(() => SchemeStatusEnum, { nullable: true, description: '村的方案状态；为空表示没有方案（县行为空）' })
  schemeStatus!: SchemeStatus | null;
  @Field(() => DashboardFiguresType, { description: 'Its figures' }) figures!: DashboardFiguresType;
}

@ObjectType('Dashboard', { description: '统计看板：全区按县，县（区）或乡镇按村' })
export class DashboardType {
  @Field(() => Int, { description: 'Scheme year' }) year!: number;
  @Field(() => DashboardLevelEnum, { description: 'Level of the area shown' }) level!: ScopeLevel;
  @Field(() => String, { nullable: true, description: '县或乡镇代码；全区为空' }) code!: string | null;
  @Field(() => String, { description: 'Name of the area shown' }) name!: string;
  @Field(() => DashboardFiguresType, { description: 'Figures of the whole area' }) totals!: DashboardFiguresType;
  @Field(() => [DashboardRowType], { description: 'One row per county (region view) or per village (county or township view)' })
  rows!: DashboardRowType[];
}
