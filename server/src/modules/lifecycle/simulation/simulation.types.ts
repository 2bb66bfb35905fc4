import { Extensions, Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { Outcome, RowIssue, SectionOutcome, Simulation, Totals, TraceEntry } from '@cunce/rules';
import { perMember, reasons, ruleIds, sections, trace } from './simulation.cost.js';
import { RowIssueType } from './validation.types.js';

@ObjectType('SectionOutcome', { simpleResolvers: true })
export class SectionOutcomeType implements SectionOutcome {
  @Field(() => String)
  key!: string;

  @Field(() => Float)
  amount!: number;

  @Field(() => [String])
  @Extensions(ruleIds)
  ruleIds!: string[];
}

@ObjectType('Outcome', { simpleResolvers: true })
export class OutcomeType implements Outcome {
  @Field(() => String)
  idNumber!: string;

  @Field(() => Boolean)
  eligible!: boolean;

  @Field(() => [String])
  @Extensions(reasons)
  reasons!: string[];

  @Field(() => Int)
  age!: number;

  @Field(() => [SectionOutcomeType])
  @Extensions(sections)
  sections!: SectionOutcome[];

  @Field(() => Float)
  raw!: number;

  @Field(() => Float)
  collective!: number;

  @Field(() => Float)
  donation!: number;

  @Field(() => Float)
  donationExcess!: number;

  @Field(() => Float)
  governmentSubsidy!: number;

  @Field(() => Float)
  accountCredit!: number;

  @Field(() => GraphQLJSON, { nullable: true, description: '逐条规则的判断过程；仅在查询此字段时计算' })
  @Extensions(trace)
  trace?: TraceEntry[];
}

@ObjectType('Totals', { simpleResolvers: true })
export class TotalsType implements Totals {
  @Field(() => Int)
  members!: number;

  @Field(() => Int, { description: '通过全部资格条件的人数' })
  eligible!: number;

  @Field(() => Float)
  contribution!: number;

  @Field(() => Float)
  governmentSubsidy!: number;

  @Field(() => Float)
  collective!: number;

  @Field(() => Float)
  donation!: number;

  @Field(() => Float)
  donationExcess!: number;

  @Field(() => Float)
  accountCredit!: number;
}

@ObjectType('Simulation', { simpleResolvers: true })
export class SimulationType implements Simulation {
  @Field(() => [OutcomeType], { description: '与提交顺序一致' })
  @Extensions(perMember)
  outcomes!: Outcome[];

  @Field(() => [RowIssueType])
  @Extensions(perMember)
  warnings!: RowIssue[];

  @Field(() => TotalsType)
  totals!: Totals;

  @Field(() => Boolean)
  budgetExceeded!: boolean;

  @Field(() => Float, { nullable: true, description: '按比例压减时的系数，否则为空' })
  prorateFactor!: number | null;
}
