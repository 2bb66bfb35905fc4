import { fenToYuan, type DonationOrder, type TopCondition } from '@cunce/rules';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Channel } from './donation.access.js';
import { DonationChannelEnum, DonationOrderEnum } from './donation.enums.js';
import { DonationVillageType, donationFields } from './donation.types.js';
import type { PoolUsage } from './donation.usage.js';
import type { DonationPool } from './donationPool.entity.js';
import { DonorType } from './donor.types.js';

@ObjectType('DonationPool', { description: '资助池，及各村结算已用、剩余的金额' })
export class PoolType {
  @Field(() => ID)
  id!: string;

  @Field(() => DonorType)
  donor!: DonorType;

  @Field(() => DonorType, { nullable: true })
  charity!: DonorType | null;

  @Field(() => DonationChannelEnum)
  channel!: Channel;

  @Field(() => Int)
  year!: number;

  @Field(() => String)
  countyCode!: string;

  @Field(() => [DonationVillageType], { description: '按代码排序' })
  villages!: DonationVillageType[];

  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field(() => Float)
  amount!: number;

  @Field(() => Float)
  perMember!: number;

  @Field(() => GraphQLJSON, { nullable: true })
  condition!: TopCondition | null;

  @Field(() => DonationOrderEnum)
  order!: DonationOrder;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String)
  createdBy!: string;

  @Field(() => Float, { description: '已确认（或已受理）的结算用去的金额：定数' })
  usedFinal!: number;

  @Field(() => Float, { description: '结算草稿占用的金额：草稿被替换时释放' })
  usedDraft!: number;

  @Field(() => Float, { description: 'amount − usedFinal − usedDraft：尚未分配，可供以后的结算，年度结束后退回捐赠方' })
  left!: number;

  /** Expects donor, charity, villages and createdBy loaded. */
  static from(p: DonationPool, usage: PoolUsage | undefined): PoolType {
    const finalFen = usage?.finalFen ?? 0;
    const draftFen = usage?.draftFen ?? 0;
    const villages = [...p.villages.getItems()].sort((a, b) => a.code.localeCompare(b.code));
    return Object.assign(new PoolType(), donationFields(p), {
      countyCode: p.countyCode,
      villages: villages.map(DonationVillageType.from),
      label: p.label,
      amount: fenToYuan(p.amountFen),
      perMember: fenToYuan(p.perMemberFen),
      condition: p.condition,
      order: p.memberOrder,
      usedFinal: fenToYuan(finalFen),
      usedDraft: fenToYuan(draftFen),
      left: fenToYuan(p.amountFen - finalFen - draftFen),
    });
  }
}

export function poolSnapshot(p: DonationPool) {
  return {
    id: p.id,
    donor: p.donor.id,
    charity: p.charity?.id ?? null,
    year: p.year,
    villages: p.villages
      .getItems()
      .map((v) => v.code)
      .sort(),
    label: p.label,
    amountFen: p.amountFen,
    perMemberFen: p.perMemberFen,
    condition: p.condition,
    order: p.memberOrder,
    note: p.note,
    version: p.version,
  };
}
