import { Field, Float, InputType, Int } from 'type-graphql';
import type { Hardship, PaymentType } from '@cunce/rules';
import { JsonField, TextField } from '../../../graphql/caps.js';
import { HardshipEnum, PaymentTypeEnum } from '../../../graphql/enums.js';
import { MEMBER_CAPS } from './member.caps.js';

/**
 * One member as sent to `simulate` and `importMembers` (API.md). Defaults apply in `simulate`; the rules
 * package (checkMembers) checks every field and reports bad rows.
 */
@InputType('MemberInput', { description: 'A member to evaluate or import (API.md MemberInput)' })
export class MemberInput {
  @TextField(MEMBER_CAPS.idNumber, '身份证号')
  idNumber!: string;

  @TextField(MEMBER_CAPS.name, '姓名', { nullable: true })
  name?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否本村集体经济组织成员（simulate 缺省为 true；importMembers 必填）' })
  isCollectiveMember?: boolean | null;

  @Field(() => Float, { nullable: true, description: '个人缴费（元）；为空表示未缴费' })
  contribution?: number | null;

  @Field(() => PaymentTypeEnum, { nullable: true, description: 'simulate 缺省为 CURRENT；importMembers 必填' })
  paymentType?: PaymentType | null;

  @Field(() => Boolean, { description: 'The government paid part or all of the contribution (代缴)', nullable: true, defaultValue: false })
  proxyPaid?: boolean | null;

  @Field(() => [HardshipEnum], { description: 'Hardship categories (困难群体) of the member', nullable: true, defaultValue: [] })
  hardship?: Hardship[] | null;

  @Field(() => Int, { description: 'Years of contributions before the scheme year', nullable: true, defaultValue: 0 })
  contributionYears?: number | null;

  @Field(() => Int, { description: 'People aged 60 or more in the household, the member included', nullable: true, defaultValue: 0 })
  householdElderly?: number | null;

  @Field(() => Int, { description: 'People under 16 in the household', nullable: true, defaultValue: 0 })
  householdChildren?: number | null;

  @Field(() => Float, { description: 'Donation for the member entered on the roster, in yuan', nullable: true, defaultValue: 0 })
  donation?: number | null;

  @Field(() => Float, {
    description: 'Collective or donation money already credited for the year elsewhere, in yuan',
    nullable: true,
    defaultValue: 0,
  })
  priorCredit?: number | null;

  @JsonField(MEMBER_CAPS.customBytes, '本村自定义项目', { nullable: true })
  custom?: Record<string, unknown> | null;
}

/** The input as a plain object without the fields not sent (type-graphql gives class instances). */
export function plain(member: MemberInput): Record<string, unknown> {
  return Object.fromEntries(Object.entries(member).filter(([, v]) => v !== undefined));
}
