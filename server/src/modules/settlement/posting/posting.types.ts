import { fenToYuan } from '@cunce/rules';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SettlementStatusEnum, SettlementType } from '../settlement/settlement.types.js';
import type { SettlementStatus } from '../../lifecycle/settlementRecord/settlement.entity.js';
import { PostingStatusEnum } from './posting.input.js';
import type { PostingStatus } from '../../lifecycle/settlementRecord/posting.entity.js';
import type { PostingSummary } from './posting.summary.js';

@ObjectType('PostingSummary', { description: '入账情况：经办机构对已受理结算中每名成员登记的结果（入账或退回）' })
export class PostingSummaryType {
  @Field(() => Int, { description: '结算人数（已确认）' })
  members!: number;

  @Field(() => Int, { description: 'Members posted to their accounts (已入账)' })
  posted!: number;

  @Field(() => Int, { description: 'Members returned by the agency (已退回)' })
  rejected!: number;

  @Field(() => Int, { description: '尚未登记结果的人数' })
  pending!: number;

  @Field(() => Float, { description: '结算的集体补助合计（元）' })
  collective!: number;

  @Field(() => Float, { description: 'Collective subsidy posted, in yuan' })
  postedCollective!: number;

  @Field(() => Float, { description: 'Collective subsidy of the returned members, in yuan' })
  rejectedCollective!: number;

  @Field(() => Float, { description: 'Collective subsidy not yet recorded either way, in yuan' })
  pendingCollective!: number;

  @Field(() => Boolean, { description: '已对平：结算人数与金额 = 已入账 + 已退回' })
  reconciled!: boolean;

  static from(p: PostingSummary): PostingSummaryType {
    return Object.assign(new PostingSummaryType(), {
      members: p.members,
      posted: p.posted,
      rejected: p.rejected,
      pending: p.pending,
      collective: fenToYuan(p.collectiveFen),
      postedCollective: fenToYuan(p.postedCollectiveFen),
      rejectedCollective: fenToYuan(p.rejectedCollectiveFen),
      pendingCollective: fenToYuan(p.pendingCollectiveFen),
      reconciled: p.reconciled,
    });
  }
}

/** One member's posting result; the ID number masked unless the reader may see it whole. */
@ObjectType('Posting', { description: 'The agency’s result for one member of an accepted settlement (入账结果)' })
export class PostingType {
  @Field(() => String, { description: 'ID number of the member' })
  idNumber!: string;

  @Field(() => PostingStatusEnum, { description: 'Posted or rejected' })
  status!: PostingStatus;

  @Field(() => String, { description: 'Why the agency returned the member; null when posted', nullable: true })
  reason!: string | null;

  @Field(() => Float, { description: '该成员在此结算中的集体补助（元）' })
  collective!: number;

  @Field(() => Date, { description: 'When the result was recorded' })
  recordedAt!: Date;

  @Field(() => String, { description: 'Username of the agency user who recorded it' })
  recordedBy!: string;
}

@ObjectType('PostingResult', { description: 'What recordPostings changed, with the settlement after it' })
export class PostingResultType {
  @Field(() => Int, { description: '本次新登记的人数' })
  recorded!: number;

  @Field(() => Int, { description: '与已登记结果相同、未作改动的人数' })
  unchanged!: number;

  @Field(() => SettlementType, { description: 'The settlement with its postings' })
  settlement!: SettlementType;
}

@ObjectType('Resettlement', { description: '退回成员此后所在的结算（补充结算）' })
export class ResettlementType {
  @Field(() => ID, { description: 'Id of the later settlement' })
  settlementId!: string;

  @Field(() => SettlementStatusEnum, { description: 'Its status' })
  status!: SettlementStatus;
}

/** A member the agency rejected, for the village to correct and settle again. */
@ObjectType('RejectedPosting', {
  description: 'A member the agency returned, with the settlement and the later settlement that took the member again',
})
export class RejectedPostingType extends PostingType {
  @Field(() => ID, { description: 'The settlement the member was returned from' })
  settlementId!: string;

  @Field(() => String, { description: 'Name of the member on the roster', nullable: true })
  name!: string | null;

  @Field(() => ResettlementType, { nullable: true, description: '已在此后的结算中重新结算时，该结算；为空表示尚待处理' })
  resettlement!: ResettlementType | null;
}
