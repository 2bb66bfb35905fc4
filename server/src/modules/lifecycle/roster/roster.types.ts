import type { Hardship, PaymentType } from '@cunce/rules';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { HardshipEnum, PaymentTypeEnum } from '../../../graphql/enums.js';
import type { Member } from './member.entity.js';
import { toMemberInput } from './roster.mapper.js';

@ObjectType('ImportResult')
export class ImportResultType {
  @Field(() => Int, { description: '新增的成员数' })
  imported!: number;

  @Field(() => Int, { description: '已在花名册上、按本次提交更新的成员数' })
  updated!: number;

  @Field(() => Int, { description: 'replace 为 true 时移除的（本次未提交的）成员数' })
  removed!: number;
}

/** A person on a village's roster; the ID number masked unless the reader may see it whole. */
@ObjectType('Member', { simpleResolvers: true })
export class MemberType {
  @Field(() => String)
  idNumber!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => Boolean)
  isCollectiveMember!: boolean;

  @Field(() => Float, { nullable: true, description: '个人缴费（元）；为空表示未缴费' })
  contribution!: number | null;

  @Field(() => PaymentTypeEnum)
  paymentType!: PaymentType;

  @Field(() => Boolean)
  proxyPaid!: boolean;

  @Field(() => [HardshipEnum])
  hardship!: Hardship[];

  @Field(() => Int)
  contributionYears!: number;

  @Field(() => Int)
  householdElderly!: number;

  @Field(() => Int)
  householdChildren!: number;

  @Field(() => Float)
  donation!: number;

  @Field(() => Float)
  priorCredit!: number;

  @Field(() => GraphQLJSON, { nullable: true })
  custom!: Record<string, unknown> | null;

  @Field(() => Date)
  updatedAt!: Date;

  static from(m: Member, showId: (id: string) => string): MemberType {
    return Object.assign(new MemberType(), toMemberInput(m), { idNumber: showId(m.idNumber), updatedAt: m.updatedAt });
  }
}
