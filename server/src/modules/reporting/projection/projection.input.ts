import { Field, Float, InputType, Int } from 'type-graphql';
import { TextField } from '../../../graphql/caps.js';

/** The member as the projection page takes them (money in yuan). */
@InputType('ProjectionMemberInput', { description: 'A member as of this year, for a projection of the personal account' })
export class ProjectionMemberInput {
  @Field(() => Int, { description: '本年度（其记入在年末）' })
  year!: number;

  @TextField(20, '出生日期', { description: '出生日期 YYYY-MM-DD' })
  birthDate!: string;

  @Field(() => Int, { description: '本年度以前已缴费年限' })
  contributionYears!: number;

  @Field(() => Float, { description: '本年初个人账户余额（元）' })
  balance!: number;

  @Field(() => Float, { description: '本年度个人缴费（元）' })
  contribution!: number;

  @Field(() => Float, { description: '本年度政府缴费补贴（元）' })
  governmentSubsidy!: number;

  @Field(() => Float, { description: '本年度集体补助（元）' })
  collective!: number;

  @Field(() => Float, { defaultValue: 0, description: '本年度社会资助（元）' })
  donation!: number;
}

@InputType('YearRateInput', { description: 'An interest rate to assume for a year' })
export class YearRateInput {
  @Field(() => Int, { description: 'The year' })
  year!: number;

  @Field(() => Float, { description: '记账利率（小数，如 0.0262）' })
  rate!: number;
}

/** What the cadre may change; each field left out takes the region's data or repeats this year's. */
@InputType('ProjectionAssumptionsInput', {
  description: 'Assumptions of a projection; each null uses the published figures or this year’s',
})
export class ProjectionAssumptionsInput {
  @Field(() => [YearRateInput], { nullable: true, description: '各年度记账利率；不填用区里公布的数据' })
  interestRates?: YearRateInput[];

  @Field(() => Float, { nullable: true, description: '以后年度的记账利率；不填沿用最后公布的利率' })
  futureInterestRate?: number;

  @Field(() => Float, { nullable: true, description: '基础养老金（元/月）；不填用本年度数据' })
  basicPensionMonthly?: number;

  @Field(() => Float, { description: 'Contribution in later years, in yuan; null: as this year', nullable: true })
  futureContribution?: number;
  @Field(() => Float, { description: 'Government subsidy in later years, in yuan; null: as this year', nullable: true })
  futureGovernmentSubsidy?: number;
  @Field(() => Float, { description: 'Collective subsidy in later years, in yuan; null: as this year', nullable: true })
  futureCollective?: number;
  @Field(() => Float, { description: 'Donation in later years, in yuan; null: as this year', nullable: true }) futureDonation?: number;
}
