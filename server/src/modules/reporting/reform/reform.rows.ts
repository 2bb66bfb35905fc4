/** GraphQL types of a reform simulation's rows, standards' issues and budgets. */
import { toYuan } from '@cunce/rules';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { ReformResult, ReformRow } from './reform.result.js';
import { ReformBudgetStateType, ReformFiguresType, ReformLevelEnum } from './reform.types.js';

@ObjectType('ReformRow', { description: '一个县（区）、乡镇或村在基准年度和草案年度的测算' })
export class ReformRowType {
  @Field(() => ReformLevelEnum, { description: 'Level of the row' }) level!: ReformRow['level'];
  @Field(() => String, { description: 'Division code' }) code!: string;
  @Field(() => String, { description: 'Name' }) name!: string;
  @Field(() => String, { nullable: true, description: '上级（乡镇的县、村的乡镇）代码' }) parentCode!: string | null;
  @Field(() => Int, { description: 'Villages in the area' }) villages!: number;
  @Field(() => Int, { description: '基准年度有执行中补助标准的村数' }) withStandard!: number;
  @Field(() => ReformFiguresType, { description: '基准年度' }) before!: ReformFiguresType;
  @Field(() => ReformFiguresType, { description: '草案年度' }) after!: ReformFiguresType;
  @Field(() => Int, { description: '档次被取消、按最近档次测算的人数' }) movedMembers!: number;
  @Field(() => Int, { description: '补助标准在草案下无效的村数' }) invalidVillages!: number;
  @Field(() => Int, { description: '草案下超出预算的村数' }) overBudgetVillages!: number;

  static from(r: ReformRow): ReformRowType {
    return Object.assign(new ReformRowType(), { ...r, before: ReformFiguresType.from(r.before), after: ReformFiguresType.from(r.after) });
  }
}

@ObjectType('ReformIssue', { description: '草案使某村补助标准出现的问题：规则与原因' })
export class ReformIssueType {
  @Field(() => String, { description: '12-digit village code' }) villageCode!: string;
  @Field(() => String, { description: 'Village name' }) villageName!: string;
  @Field(() => String, { description: 'County name' }) countyName!: string;
  @Field(() => String, { description: 'Township name' }) townshipName!: string;
  @Field(() => String, { description: 'CAP_ABOVE_REGION_MAX、ABOVE_REGION_MAX、NOT_MONOTONE、TIER_REMOVED 等' }) code!: string;
  @Field(() => String, { description: 'ERROR：草案下标准无效；WARNING：需复核' }) severity!: string;
  @Field(() => String, { description: '标准中的位置（JSON pointer）' }) path!: string;
  @Field(() => String, { description: 'Id of the rule at fault, if one is', nullable: true }) ruleId!: string | null;
  @Field(() => String, { description: 'What is wrong and how to fix it, in Chinese' }) message!: string;

  static from(i: ReformResult['issues'][number]): ReformIssueType {
    return Object.assign(new ReformIssueType(), i);
  }
}

@ObjectType('ReformBudget', { description: '设有预算、在基准或草案下超出预算的村' })
export class ReformBudgetType {
  @Field(() => String, { description: '12-digit village code' }) villageCode!: string;
  @Field(() => String, { description: 'Village name' }) villageName!: string;
  @Field(() => String, { description: 'County name' }) countyName!: string;
  @Field(() => String, { description: 'Township name' }) townshipName!: string;
  @Field(() => Float, { description: 'The village’s budget (预算), in yuan' }) budget!: number;
  @Field(() => String, { description: 'REJECT 或 PRORATE' }) overBudget!: string;
  @Field(() => ReformBudgetStateType, { description: 'Under the base year' }) before!: ReformBudgetStateType;
  @Field(() => ReformBudgetStateType, { description: 'Under the draft' }) after!: ReformBudgetStateType;

  static from(b: ReformResult['budgets'][number]): ReformBudgetType {
    return Object.assign(new ReformBudgetType(), {
      villageCode: b.villageCode,
      villageName: b.villageName,
      countyName: b.countyName,
      townshipName: b.townshipName,
      budget: toYuan(b.budgetFen),
      overBudget: b.overBudget,
      before: ReformBudgetStateType.from(b.before),
      after: ReformBudgetStateType.from(b.after),
    });
  }
}
