import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('ProjectionYear', { description: 'The personal account (个人账户) in one year of a projection, in yuan' })
export class ProjectionYearType {
  @Field(() => Int, { description: 'The year' }) year!: number;
  @Field(() => Int, { description: 'Age at the end of the year' }) age!: number;
  @Field(() => Float, { description: 'Interest rate credited that year' }) interestRate!: number;
  @Field(() => Float, { description: 'Balance at the start of the year' }) start!: number;
  @Field(() => Float, { description: 'Interest credited on the start balance' }) interest!: number;
  @Field(() => Float, { description: 'Payments credited at the end of the year' }) credit!: number;
  @Field(() => Float, { description: 'Balance at the end of the year' }) end!: number;
}

@ObjectType('ProjectionPath', { description: '一种情形（有或无集体补助）下逐年的账户与 60 岁时的月养老金（元）' })
export class ProjectionPathType {
  @Field(() => [ProjectionYearType], { description: 'The account year by year' }) years!: ProjectionYearType[];
  @Field(() => Float, { description: 'Account balance at the pension age, in yuan' }) balance!: number;
  @Field(() => Float, { description: '个人账户养老金 = 余额 ÷ 139' }) accountMonthly!: number;
  @Field(() => Float, { description: 'Monthly pension at the pension age (basic plus account), in yuan' }) monthlyPension!: number;
}

@ObjectType('YearRate', { description: 'The interest rate credited to personal accounts in a year (记账利率)' })
export class YearRateType {
  @Field(() => Int, { description: 'The year' }) year!: number;
  @Field(() => Float, { description: 'The rate as a fraction, e.g. 0.0262' }) rate!: number;
}

@ObjectType('Projection', { description: '个人账户测算（元），并列出所用假设' })
export class ProjectionType {
  @Field(() => Int, { description: 'The year the projection starts from (this year)' }) year!: number;
  @Field(() => Int, { description: '最后记账的年度：年满 60 周岁的年度' }) lastYear!: number;
  @Field(() => Int, { description: 'Age at which the pension starts (60)' }) pensionAge!: number;
  @Field(() => Int, { description: 'Years of contributions up to the pension age' }) contributionYears!: number;
  @Field(() => Float, { description: 'Basic pension (基础养老金) per month, in yuan' }) basicPensionMonthly!: number;
  @Field(() => Float, { description: 'Extra basic pension for age per month, in yuan' }) ageExtraMonthly!: number;
  @Field(() => Float, { description: 'Extra basic pension for long contribution per month, in yuan' })
  longContributionExtraMonthly!: number;
  @Field(() => [YearRateType], { description: '所用的已公布利率' }) interestRates!: YearRateType[];
  @Field(() => Float, { description: 'Interest rate assumed for years without a published rate; null: none needed', nullable: true })
  futureInterestRate?: number;
  @Field(() => ProjectionPathType, { description: 'The account with the collective subsidy' }) withCollective!: ProjectionPathType;
  @Field(() => ProjectionPathType, { description: 'The account without it' }) withoutCollective!: ProjectionPathType;
}
