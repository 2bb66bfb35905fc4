import type { Hardship, PaymentType } from '@cunce/rules';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { HardshipEnum, PaymentTypeEnum } from '../../../graphql/enums.js';
import type { Member } from './member.entity.js';
import { toMemberInput } from './roster.mapper.js';

@ObjectType('ImportResult', { description: 'What a roster import changed' })
export class ImportResultType {
  @Field(() => Int, { description: '新增的成员数' })
  imported!: number;

  @Field(() => Int, { description: '已在花名册上、按本次提交更新的成员数' })
  updated!: number;

  @Field(() => Int, { description: 'replace 为 true 时移除的（本次未提交的）成员数' })
  removed!: number;
}

/** A person on a village's roster; the ID number masked unless the reader may see it whole. */
@ObjectType('Member', { description: 'A member on a village’s roster (花名册) for a year', simpleResolvers: true })
export class MemberType {
  @Field(() => String, { description: 'Resident ID number (身份证号, 18 characters, GB 11643); masked to readers outside the village' })
  idNumber!: string;

  @Field(() => String, { description: 'Name (姓名)', nullable: true })
  name!: string | null;

  @Field(() => Boolean, { description: 'Member of the village collective economic organisation (集体经济组织成员)' })
  isCollectiveMember!: boolean;

  @Field(() => Float, { nullable: true, description: '个人缴费（元）；为空表示未缴费' })
  contribution!: number | null;

  @Field(() => PaymentTypeEnum, { description: 'How this year’s contribution was paid' })
  paymentType!: PaymentType;

  @Field(() => Boolean, { description: 'The government paid part or all of the contribution (代缴)' })
  proxyPaid!: boolean;

  @Field(() => [HardshipEnum], { description: 'Hardship categories (困难群体) the member belongs to' })
  hardship!: Hardship[];

  @Field(() => Int, { description: 'Years of contributions before this year (缴费年限)' })
  contributionYears!: number;

  @Field(() => Int, { description: 'People aged 60 or more in the member’s household, the member included' })
  householdElderly!: number;

  @Field(() => Int, { description: 'People under 16 in the member’s household' })
  householdChildren!: number;

  @Field(() => Float, { description: 'Social donation (社会资助) entered on the roster for the member, in yuan' })
  donation!: number;

  @Field(() => Float, {
    description:
      'Collective or donation money already credited to the member for the year elsewhere, in yuan (counts against the region cap)',
  })
  priorCredit!: number;

  @Field(() => GraphQLJSON, { description: 'Village-specific facts named by the rule set (JSON)', nullable: true })
  custom!: Record<string, unknown> | null;

  @Field(() => Date, { description: 'When the member was last imported or changed' })
  updatedAt!: Date;

  static from(m: Member, showId: (id: string) => string): MemberType {
    return Object.assign(new MemberType(), toMemberInput(m), { idNumber: showId(m.idNumber), updatedAt: m.updatedAt });
  }
}
