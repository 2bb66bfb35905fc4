import { fenToYuan } from '@cunce/rules';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Settlement, SettlementStatus } from '../../lifecycle/settlementRecord/settlement.entity.js';
import { SettlementStatusEnum } from '../../settlement/settlement/settlement.types.js';
import { AllocationType, DonorTotalType } from '../../settlement/allocation/allocation.types.js';
import { DonationVillageType } from '../../donations/donation.types.js';
import type { DonationAllocation } from '../../settlement/allocation/donationAllocation.entity.js';
import { GiftType } from '../../donations/gift.types.js';
import { PoolType } from '../../donations/pool.types.js';

@ObjectType('SettlementDonations', { description: '一次结算中的社会资助部分（县民政也可查看）' })
export class SettlementDonationsType {
  @Field(() => ID, { description: 'The settlement' })
  settlementId!: string;

  @Field(() => SettlementStatusEnum, { description: 'Its status' })
  status!: SettlementStatus;

  @Field(() => Boolean, { description: 'A supplementary settlement' })
  supplementary!: boolean;

  @Field(() => Date, { description: 'When it was settled' })
  createdAt!: Date;

  @Field(() => Float, { description: '结算保存的资助合计（totals.donation）' })
  donation!: number;

  @Field(() => Float, { description: '结算保存的退回合计（totals.donationExcess）' })
  donationExcess!: number;

  @Field(() => [DonorTotalType], { description: 'Donations by donor' })
  byDonor!: DonorTotalType[];

  @Field(() => [AllocationType], { description: 'Each source’s amount to each member' })
  allocations!: AllocationType[];

  static from(s: Settlement, rows: readonly DonationAllocation[], showId: (id: string) => string): SettlementDonationsType {
    return Object.assign(new SettlementDonationsType(), {
      settlementId: String(s.id),
      status: s.status,
      supplementary: s.supplementary,
      createdAt: s.createdAt,
      donation: fenToYuan(s.donationFen),
      donationExcess: fenToYuan(s.donationExcessFen),
      byDonor: DonorTotalType.list(rows),
      allocations: rows.map((r) => AllocationType.from(r, showId)),
    });
  }
}

@ObjectType('PoolAvailable', { description: '该村现在结算（或补充结算）时，某资助池可用的金额' })
export class PoolAvailableType {
  @Field(() => ID, { description: 'The pool' })
  poolId!: string;

  @Field(() => Float, {
    description: '总额减去其他村当前的结算（草稿或已确认）和本村已确认的结算已用的；本村的草稿会被替换，不计。资助池改小后可能为负',
  })
  available!: number;
}

@ObjectType('VillageDonations', { description: '某村某年度的社会资助：定向资助、覆盖该村的资助池、各次结算中的分配' })
export class VillageDonationsType {
  @Field(() => DonationVillageType, { description: 'The village' })
  village!: DonationVillageType;

  @Field(() => Int, { description: 'Scheme year' })
  year!: number;

  @Field(() => [GiftType], { description: '按登记顺序' })
  gifts!: GiftType[];

  @Field(() => [PoolType], { description: '按登记顺序（即结算时使用的顺序）' })
  pools!: PoolType[];

  @Field(() => [PoolAvailableType], { description: '各资助池此时可供本村结算的金额（预览时作 availableFen）' })
  poolsAvailable!: PoolAvailableType[];

  @Field(() => [SettlementDonationsType], { description: '该年度的结算（草稿、已确认、已受理），按时间先后' })
  settlements!: SettlementDonationsType[];
}
