import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { SettlementStatus } from '../../lifecycle/settlementRecord/settlement.entity.js';
import { SettlementStatusEnum } from '../../settlement/settlement/settlement.types.js';
import { AllocationStatusEnum, type AllocationStatus } from '../../donations/donation.enums.js';
import { DonationVillageType } from '../../donations/donation.types.js';
import { DonorType } from '../../donations/donor.types.js';
import { GiftType } from '../../donations/gift.types.js';
import { PoolType } from '../../donations/pool.types.js';

@ObjectType('StatementGift', { description: '一笔定向资助的去向：amount = applied + returned + unallocated' })
export class StatementGiftType {
  @Field(() => GiftType, { description: 'The gift' })
  gift!: GiftType;

  @Field(() => AllocationStatusEnum, { description: 'Whether it is settled, in a draft or final' })
  status!: AllocationStatus;

  @Field(() => ID, { nullable: true, description: '所在的结算' })
  settlementId!: string | null;

  @Field(() => Float, { description: 'Credited to the member’s account, in yuan' })
  applied!: number;

  @Field(() => Float, { description: '超过上限或受助人未当年缴费，退回' })
  returned!: number;

  @Field(() => Float, { description: '尚未结算（PENDING）的金额' })
  unallocated!: number;
}

@ObjectType('StatementPoolAllocation', { description: '资助池给某人的金额' })
export class StatementPoolAllocationType {
  @Field(() => ID, { description: 'The settlement' })
  settlementId!: string;

  @Field(() => AllocationStatusEnum, { description: 'Draft or final' })
  status!: AllocationStatus;

  @Field(() => DonationVillageType, { description: 'The member’s village' })
  village!: DonationVillageType;

  @Field(() => String, { description: '身份证号，按查看权限遮掩' })
  idNumber!: string;

  @Field(() => String, { description: 'Name of the member', nullable: true })
  name!: string | null;

  @Field(() => Float, { description: 'Credited to the member’s account, in yuan' })
  applied!: number;
}

@ObjectType('StatementPool', { description: '资助池的去向：pool.amount = pool.usedFinal + pool.usedDraft + pool.left' })
export class StatementPoolType {
  @Field(() => PoolType, { description: 'The pool' })
  pool!: PoolType;

  @Field(() => [StatementPoolAllocationType], { description: '按结算、分配顺序' })
  allocations!: StatementPoolAllocationType[];
}

@ObjectType('StatementSettlement', { description: '对账：本捐赠方在某次结算中的金额，与该结算保存的资助合计' })
export class StatementSettlementType {
  @Field(() => ID, { description: 'The settlement' })
  settlementId!: string;

  @Field(() => DonationVillageType, { description: 'Its village' })
  village!: DonationVillageType;

  @Field(() => SettlementStatusEnum, { description: 'Its status' })
  status!: SettlementStatus;

  @Field(() => Boolean, { description: '已确认或已受理：数字为定数；否则是草稿，结算替换时会变' })
  final!: boolean;

  @Field(() => Float, { description: 'This donor’s money credited to accounts in it, in yuan' })
  applied!: number;

  @Field(() => Float, { description: 'This donor’s money returned from it, in yuan' })
  returned!: number;

  @Field(() => Float, { description: '该结算全部资助的合计（totals.donation，含其他捐赠方）' })
  settlementDonation!: number;

  @Field(() => Float, { description: '该结算全部退回的合计（totals.donationExcess）' })
  settlementDonationExcess!: number;
}

@ObjectType('StatementTotals', { description: 'given = applied + returned + unallocated（到分）；applied、returned 中来自草稿的部分另列' })
export class StatementTotalsType {
  @Field(() => Float, { description: '定向资助与资助池的总额' })
  given!: number;

  @Field(() => Float, { description: '计入个人账户' })
  applied!: number;

  @Field(() => Float, { description: '退回捐赠方（超过上限、受助人未当年缴费）' })
  returned!: number;

  @Field(() => Float, { description: '尚未分配：未结算的定向资助和资助池余额（年度结算完毕后退回）' })
  unallocated!: number;

  @Field(() => Float, { description: 'applied from confirmed settlements' })
  appliedFinal!: number;

  @Field(() => Float, { description: 'returned from confirmed settlements' })
  returnedFinal!: number;

  @Field(() => Float, { description: 'applied 中来自结算草稿的部分' })
  appliedDraft!: number;

  @Field(() => Float, { description: 'returned 中来自结算草稿的部分' })
  returnedDraft!: number;
}

@ObjectType('DonorStatement', { description: '捐赠方某年度的资助对账单：给了谁（身份证号遮掩）、计入多少、退回多少、尚余多少' })
export class DonorStatementType {
  @Field(() => DonorType, { description: 'The donor' })
  donor!: DonorType;

  @Field(() => Int, { description: 'Scheme year' })
  year!: number;

  @Field(() => Boolean, { description: 'false：该捐赠方有不在您管辖区域内的资助，未列入' })
  complete!: boolean;

  @Field(() => Boolean, { description: '全部数字都来自已确认的结算或尚未结算（没有草稿中的数字）' })
  final!: boolean;

  @Field(() => [StatementGiftType], { description: '以此捐赠方为捐赠方或经由的慈善组织的定向资助，按登记顺序' })
  gifts!: StatementGiftType[];

  @Field(() => [StatementPoolType], { description: 'Its pools and where they went' })
  pools!: StatementPoolType[];

  @Field(() => [StatementSettlementType], { description: 'Its amounts in each settlement' })
  settlements!: StatementSettlementType[];

  @Field(() => StatementTotalsType, { description: 'Its totals' })
  totals!: StatementTotalsType;

  @Field(() => Date, { description: 'When the statement was computed' })
  generatedAt!: Date;
}
