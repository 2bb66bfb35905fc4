/** GraphQL type of a reform simulation's answer; every list carries its bound for the cost model. */
import { changeBuckets } from '@cunce/rules';
import { Extensions, Field, Int, ObjectType } from 'type-graphql';
import { costRule } from './reform.ports.js';
import type { ReformResult } from './reform.result.js';
import { ReformBudgetType, ReformIssueType, ReformRowType } from './reform.rows.js';
import { ReformChangeBucketType, ReformTierMoveType } from './reform.types.js';

/** Counties, townships and villages of the region (22 + about 250 + 2,300). */
const ROWS = 2800;
/** A few issues a standard at most, for each village. */
const ISSUES = 10_000;
const VILLAGES = 2500;
const MOVES = 100;
export const BUCKETS = 24;

@ObjectType('ReformSimulation', { description: '政策调整测算：各村执行中的补助标准和花名册，按基准年度和草案年度各算一次' })
export class ReformSimulationType {
  @Field(() => Int, { description: 'The year compared with (基准年度)' }) baseYear!: number;
  @Field(() => Int, { description: 'The year of the draft policy' }) draftYear!: number;
  @Field(() => String, { description: '测算范围' }) scopeName!: string;
  @Field(() => String, { description: 'The county simulated; null for the whole region', nullable: true }) countyCode!: string | null;
  @Field(() => ReformRowType, { description: '范围合计' }) total!: ReformRowType;

  @Field(() => [ReformRowType], { description: '县（区）、乡镇、村，按县 → 乡镇 → 村排列' })
  @Extensions(costRule({ items: ROWS }))
  rows!: ReformRowType[];

  @Field(() => [ReformIssueType], { description: '草案使补助标准无效或需复核的村，逐条规则和原因' })
  @Extensions(costRule({ items: ISSUES }))
  issues!: ReformIssueType[];

  @Field(() => [ReformBudgetType], { description: '在基准或草案下超出预算的村' })
  @Extensions(costRule({ items: VILLAGES }))
  budgets!: ReformBudgetType[];

  @Field(() => [ReformTierMoveType], { description: '档次被取消的成员的去向' })
  @Extensions(costRule({ items: MOVES }))
  moves!: ReformTierMoveType[];

  @Field(() => [ReformChangeBucketType], { description: '每人集体补助变化的分布' })
  @Extensions(costRule({ items: BUCKETS }))
  collectiveChanges!: ReformChangeBucketType[];

  @Field(() => [ReformChangeBucketType], { description: '每人计入个人账户金额变化的分布' })
  @Extensions(costRule({ items: BUCKETS }))
  accountCreditChanges!: ReformChangeBucketType[];

  @Field(() => Int, { description: '按草案校验的不同补助标准数（相同的标准只校验一次）' }) standardsChecked!: number;

  static from(r: ReformResult): ReformSimulationType {
    return Object.assign(new ReformSimulationType(), {
      ...r,
      total: ReformRowType.from(r.total),
      rows: r.rows.map(ReformRowType.from),
      issues: r.issues.map(ReformIssueType.from),
      budgets: r.budgets.map(ReformBudgetType.from),
      moves: r.moves.map(ReformTierMoveType.from),
      collectiveChanges: changeBuckets(r.collectiveChanges, BUCKETS).map(ReformChangeBucketType.from),
      accountCreditChanges: changeBuckets(r.accountCreditChanges, BUCKETS).map(ReformChangeBucketType.from),
    });
  }
}
