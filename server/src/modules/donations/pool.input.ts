import type { DonationOrder } from '@cunce/rules';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { JsonField, TextField } from '../../graphql/caps.js';
import { DonationOrderEnum } from './donation.enums.js';

@InputType('PoolInput', { description: '资助池：给一个或几个村（同一县）某年度符合条件的成员，每人至多 perMember 元，按 order 分完为止' })
export class PoolInput {
  @Field(() => ID, { description: 'Donor id' })
  donorId!: string;

  @Field(() => ID, { nullable: true, description: '经由的慈善组织；捐赠方本身是慈善组织时不填' })
  charityId?: string | null;

  @Field(() => Int, { description: 'Scheme year' })
  year!: number;

  @TextField(20, '村代码', { list: true, description: '村代码，至少一个，同属一县；村干部只能填本村' })
  villageCodes!: string[];

  @TextField(100, '名称', { nullable: true, description: '名称，例如“2025年低保重残人员资助”' })
  label?: string | null;

  @Field(() => Float, { description: '资助池总额（元）' })
  amount!: number;

  @Field(() => Float, { description: '每人至多（元）' })
  perMember!: number;

  @JsonField(16 * 1024, '受助条件', {
    nullable: true,
    description: '受助条件：RULESET.md 的条件格式（all/any/not，叶子 fact/operator/value），只用内置事实；为空表示当年缴费的成员都符合',
  })
  condition?: unknown;

  @Field(() => DonationOrderEnum, {
    description: 'Order in which members receive it (default roster order)',
    nullable: true,
    defaultValue: 'ROSTER',
  })
  order?: DonationOrder | null;

  @TextField(500, '备注', { nullable: true })
  note?: string | null;
}
