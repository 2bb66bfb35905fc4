import { Extensions, Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { Outcome, RowIssue, SectionOutcome, Simulation, Totals, TraceEntry } from '@cunce/rules';
import { perMember, reasons, ruleIds, sections, trace } from './simulation.cost.js';
import { RowIssueType } from './validation.types.js';

@ObjectType('SectionOutcome', { description: 'The amount of one section of the rule set for a member', simpleResolvers: true })
export class SectionOutcomeType implements SectionOutcome {
  @Field(() => String, { description: 'The section’s key in the rule set' })
  key!: string;

  @Field(() => Float, { description: 'Amount of the section, in yuan' })
  amount!: number;

  @Field(() => [String], { description: 'Ids of the rules that count (one for FIRST/MAX, all holding ones for SUM)' })
  @Extensions(ruleIds)
  ruleIds!: string[];
}

@ObjectType('Outcome', {
  description: 'One member’s result of an evaluation (RULESET.md "Outcome of one member"), in yuan',
  simpleResolvers: true,
})
export class OutcomeType implements Outcome {
  @Field(() => String, { description: 'ID number of the member' })
  idNumber!: string;

  @Field(() => Boolean, { description: 'Passed every gate (collective member, current-year payment, contribution paid, scheme paying)' })
  eligible!: boolean;

  @Field(() => [String], {
    description: 'Codes of the failed gates and of the caps, proration and donation cuts applied, in evaluation order',
  })
  @Extensions(reasons)
  reasons!: string[];

  @Field(() => Int, { description: 'Full years of age (周岁) on the rule set’s ageAsOf day' })
  age!: number;

  @Field(() => [SectionOutcomeType], { description: 'Amount of each section of the rule set, in document order' })
  @Extensions(sections)
  sections!: SectionOutcome[];

  @Field(() => Float, { description: 'Sum of the sections before the caps and the budget' })
  raw!: number;

  @Field(() => Float, { description: 'Collective subsidy (集体补助) after the village cap, the region cap and the budget' })
  collective!: number;

  @Field(() => Float, { description: 'Donation applied to the personal account (社会资助)' })
  donation!: number;

  @Field(() => Float, { description: 'Donation returned to the donor (over the cap or without a current-year payment)' })
  donationExcess!: number;

  @Field(() => Float, { description: 'Government contribution subsidy (政府缴费补贴) for the member’s own contribution' })
  governmentSubsidy!: number;

  @Field(() => Float, {
    description: 'contribution + governmentSubsidy + collective + donation: this year’s credit to the personal account (个人账户)',
  })
  accountCredit!: number;

  @Field(() => GraphQLJSON, { nullable: true, description: '逐条规则的判断过程；仅在查询此字段时计算' })
  @Extensions(trace)
  trace?: TraceEntry[];
}

@ObjectType('Totals', { description: 'Sums over the members of a simulation or settlement, in yuan', simpleResolvers: true })
export class TotalsType implements Totals {
  @Field(() => Int, { description: 'Members evaluated' })
  members!: number;

  @Field(() => Int, { description: '通过全部资格条件的人数' })
  eligible!: number;

  @Field(() => Float, { description: 'Personal contributions (个人缴费)' })
  contribution!: number;

  @Field(() => Float, { description: 'Government contribution subsidy (政府缴费补贴)' })
  governmentSubsidy!: number;

  @Field(() => Float, { description: 'Collective subsidy (集体补助)' })
  collective!: number;

  @Field(() => Float, { description: 'Social donations applied to personal accounts (社会资助)' })
  donation!: number;

  @Field(() => Float, { description: 'Donations over the cap or without a current-year payment, returned to donors' })
  donationExcess!: number;

  @Field(() => Float, { description: 'Everything credited to personal accounts: contribution + governmentSubsidy + collective + donation' })
  accountCredit!: number;
}

@ObjectType('Simulation', {
  description: 'The result of evaluating a rule set on members without storing anything (试算)',
  simpleResolvers: true,
})
export class SimulationType implements Simulation {
  @Field(() => [OutcomeType], { description: '与提交顺序一致' })
  @Extensions(perMember)
  outcomes!: Outcome[];

  @Field(() => [RowIssueType], { description: 'Row warnings (bad rows refuse the request instead)' })
  @Extensions(perMember)
  warnings!: RowIssue[];

  @Field(() => TotalsType, { description: 'Sums over all members' })
  totals!: Totals;

  @Field(() => Boolean, { description: 'The eligible amounts exceed the budget under REJECT' })
  budgetExceeded!: boolean;

  @Field(() => Float, { nullable: true, description: '按比例压减时的系数，否则为空' })
  prorateFactor!: number | null;
}
