import { Field, ObjectType } from 'type-graphql';
import type { Suspension } from './suspension.entity.js';

@ObjectType('Suspension')
export class SuspensionType {
  @Field(() => String)
  reason!: string;

  @Field(() => String, { description: '暂停生效日期 YYYY-MM-DD' })
  effectiveDate!: string;

  @Field(() => String, { description: '提出暂停的用户名' })
  createdBy!: string;

  @Field(() => Date)
  createdAt!: Date;

  static from(s: Suspension): SuspensionType {
    return Object.assign(new SuspensionType(), {
      reason: s.reason,
      effectiveDate: s.effectiveDate,
      createdBy: s.createdBy.username,
      createdAt: s.createdAt,
    });
  }
}
