import { Field, Float, InputType, Int } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { Hardship, PaymentType } from '@cunce/rules';
import { HardshipEnum, PaymentTypeEnum } from '../../graphql/enums.js';

/**
 * One member as sent to `simulate` and `importMembers` (API.md). Defaults apply in `simulate`; the rules
 * package (checkMembers) checks every field and reports bad rows.
 */
@InputType('MemberInput')
export class MemberInput {
  @Field(() => String)
  idNumber!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否本村集体经济组织成员（simulate 缺省为 true；importMembers 必填）' })
  isCollectiveMember?: boolean | null;

  @Field(() => Float, { nullable: true, description: '个人缴费（元）；为空表示未缴费' })
  contribution?: number | null;

  @Field(() => PaymentTypeEnum, { nullable: true, description: 'simulate 缺省为 CURRENT；importMembers 必填' })
  paymentType?: PaymentType | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  proxyPaid?: boolean | null;

  @Field(() => [HardshipEnum], { nullable: true, defaultValue: [] })
  hardship?: Hardship[] | null;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  contributionYears?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  householdElderly?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  householdChildren?: number | null;

  @Field(() => Float, { nullable: true, defaultValue: 0 })
  donation?: number | null;

  @Field(() => Float, { nullable: true, defaultValue: 0 })
  priorCredit?: number | null;

  @Field(() => GraphQLJSON, { nullable: true })
  custom?: Record<string, unknown> | null;
}
