import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('ProjectionYear')
export class ProjectionYearType {
  @Field(() => Int) year!: number;
  @Field(() => Int) age!: number;
  @Field(() => Float) interestRate!: number;
  @Field(() => Float) start!: number;
  @Field(() => Float) interest!: number;
  @Field(() => Float) credit!: number;
  @Field(() => Float) end!: number;
}

@ObjectType('ProjectionPath', { description: '一种情形（有或无集体补助）下逐年的账户与 60 岁时的月养老金（元）' })
export class ProjectionPathType {
  @Field(() => [ProjectionYearType]) years!: ProjectionYearType[];
  @Field(() => Float) balance!: number;
  @Field(() => Float, { description: '个人账户养老金 = 余额 ÷ 139' }) accountMonthly!: number;
  @Field(() => Float) monthlyPension!: number;
}

@ObjectType('YearRate')
export class YearRateType {
  @Field(() => Int) year!: number;
  @Field(() => Float) rate!: number;
}

@ObjectType('Projection', { description: '个人账户测算（元），并列出所用假设' })
export class ProjectionType {
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: '最后记账的年度：年满 60 周岁的年度' }) lastYear!: number;
  @Field(() => Int) pensionAge!: number;
  @Field(() => Int) contributionYears!: number;
  @Field(() => Float) basicPensionMonthly!: number;
  @Field(() => Float) ageExtraMonthly!: number;
  @Field(() => Float) longContributionExtraMonthly!: number;
  @Field(() => [YearRateType], { description: '所用的已公布利率' }) interestRates!: YearRateType[];
  @Field(() => Float, { nullable: true }) futureInterestRate?: number;
  @Field(() => ProjectionPathType) withCollective!: ProjectionPathType;
  @Field(() => ProjectionPathType) withoutCollective!: ProjectionPathType;
}
