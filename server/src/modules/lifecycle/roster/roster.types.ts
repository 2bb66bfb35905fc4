import type { Hardship, PaymentType } from '@cunce/rules';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
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

  @Field(() => Int, { description: '移除的成员数：replace 为 true 时本次未提交的成员，以及被真实名册替换的演示成员' })
  removed!: number;

  @Field(() => Int, { description: '其中被本次真实名册替换掉的演示成员（样例花名册）数' })
  practiceRemoved!: number;
}

@ObjectType('RosterSummary', { description: 'How many people a village’s roster of a year holds (花名册人数)' })
export class RosterSummaryType {
  @Field(() => Int, { description: '花名册上的成员总数（含演示成员）' })
  total!: number;

  @Field(() => Int, { description: '其中演示用的虚构成员（样例花名册）数；大于0时不能结算' })
  practice!: number;

  @Field(() => Int, { description: '其中已在本年度已确认的结算中、不能再修改或移除的成员数' })
  settled!: number;
}

/** A person on a village's roster; the ID number masked unless the reader may see it whole. */
@ObjectType('Member', { description: 'A member on a village’s roster (花名册) for a year', simpleResolvers: true })
export class MemberType {
  @Field(() => ID, { description: 'The roster row’s id, for updateMember and removeMember' })
  id!: string;

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

  @Field(() => Boolean, { description: '演示数据：样例花名册中虚构的人，只供练习，不能结算' })
  practice!: boolean;

  @Field(() => Boolean, {
    description: '已在本年度已确认（或已受理）的结算中（经办机构退回的除外）：不能再修改或移除',
  })
  settled!: boolean;

  static from(m: Member, showId: (id: string) => string, settled: ReadonlySet<string>): MemberType {
    return Object.assign(new MemberType(), toMemberInput(m), {
      id: String(m.id),
      idNumber: showId(m.idNumber),
      updatedAt: m.updatedAt,
      practice: m.practice,
      settled: settled.has(m.idNumber),
    });
  }
}
