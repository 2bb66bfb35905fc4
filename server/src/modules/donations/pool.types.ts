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
  @Field(() => ID, { description: 'Pool id' })
  id!: string;

  @Field(() => DonorType, { description: 'The donor' })
  donor!: DonorType;

  @Field(() => DonorType, { description: 'The charitable organisation it passes through; null when direct', nullable: true })
  charity!: DonorType | null;

  @Field(() => DonationChannelEnum, { description: 'Through a charity or direct' })
  channel!: Channel;

  @Field(() => Int, { description: 'Scheme year' })
  year!: number;

  @Field(() => String, { description: '6-digit county of its villages' })
  countyCode!: string;

  @Field(() => [DonationVillageType], { description: '按代码排序' })
  villages!: DonationVillageType[];

  @Field(() => String, { description: 'Name, e.g. 2025年低保重残人员资助', nullable: true })
  label!: string | null;

  @Field(() => Float, { description: 'Total of the pool, in yuan' })
  amount!: number;

  @Field(() => Float, { description: 'At most this much for each member, in yuan' })
  perMember!: number;

  @Field(() => GraphQLJSON, {
    description: 'Who qualifies (RULESET.md conditions); null: every member with a current-year payment',
    nullable: true,
  })
  condition!: TopCondition | null;

  @Field(() => DonationOrderEnum, { description: 'Order in which members receive it' })
  order!: DonationOrder;

  @Field(() => String, { description: 'Free note', nullable: true })
  note!: string | null;

  @Field(() => Int, { description: 'Version for optimistic locking (expectedVersion)' })
  version!: number;

  @Field(() => Date, { description: 'When it was recorded' })
  createdAt!: Date;

  @Field(() => String, { description: 'Username of who recorded it' })
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
