import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SettlementStatusEnum } from '../../settlement/settlement/settlement.types.js';
import type { SettlementStatus } from '../../lifecycle/settlementRecord/settlement.entity.js';

/** One person on the 实施结果公开 list; the ID number is always masked (a public notice). */
@ObjectType('ResultNoticeRow', { description: 'One member in a result notice' })
export class ResultNoticeRowType {
  @Field(() => String, { description: 'Name of the member', nullable: true }) name!: string | null;
  @Field(() => String, { description: '身份证号（前6位和后4位）' }) idNumber!: string;
  @Field(() => Float, { nullable: true, description: '个人缴费档次（元）' }) contribution!: number | null;
  @Field(() => Float, { description: '集体补助（元）' }) collective!: number;
  @Field(() => Float, { description: '社会资助（元）' }) donation!: number;
  @Field(() => Float, { description: '集体补助与社会资助合计（元）' }) total!: number;
  @Field(() => [String], { description: '备注：封顶、按比例减发等' }) notes!: string[];
}

@ObjectType('ResultNoticeTotals', { description: 'Sums of a result notice, in yuan' })
export class ResultNoticeTotalsType {
  @Field(() => Int, { description: '公示人数' }) people!: number;
  @Field(() => Float, { description: 'Personal contributions' }) contribution!: number;
  @Field(() => Float, { description: 'Collective subsidy (集体补助)' }) collective!: number;
  @Field(() => Float, { description: 'Social donations (社会资助)' }) donation!: number;
  @Field(() => Float, { description: 'collective + donation' }) total!: number;
}

/** 实施结果公开: who got what from a confirmed (or accepted) settlement. */
@ObjectType('ResultNotice', { description: 'The notice that discloses a settlement’s result (实施结果公开): who got how much' })
export class ResultNoticeType {
  @Field(() => ID, { description: 'Settlement id' }) settlementId!: string;
  @Field(() => SettlementStatusEnum, { description: 'Status of the settlement' }) status!: SettlementStatus;
  @Field(() => Boolean, { description: 'A supplementary settlement (补充结算)' }) supplementary!: boolean;
  @Field(() => String, { description: '12-digit village code' }) villageCode!: string;
  @Field(() => String, { description: 'Village name' }) villageName!: string;
  @Field(() => String, { description: 'Township name' }) townshipName!: string;
  @Field(() => String, { description: 'County name' }) countyName!: string;
  @Field(() => Int, { description: 'Scheme year' }) year!: number;
  @Field(() => Int, { nullable: true, description: '所执行的补助标准版本号' }) version!: number | null;
  @Field(() => String, { description: 'Title of the notice' }) title!: string;
  @Field(() => Date, { description: 'When the settlement was confirmed', nullable: true }) confirmedAt!: Date | null;
  @Field(() => Date, { description: 'When the agency accepted it', nullable: true }) acceptedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '记录“实施结果公开”（公开本结算）的日期；尚未记录为空' }) disclosedOn!: string | null;
  @Field(() => Int, { description: '本次结算的全部人数（含未享受补助的）' }) membersSettled!: number;
  @Field(() => [ResultNoticeRowType], { description: '享受集体补助或社会资助的人员，按花名册顺序' }) rows!: ResultNoticeRowType[];
  @Field(() => ResultNoticeTotalsType, { description: 'Sums of the rows' }) totals!: ResultNoticeTotalsType;
}
