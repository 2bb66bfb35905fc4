import { Field, ObjectType } from 'type-graphql';
import type { Suspension } from './suspension.entity.js';

@ObjectType('Suspension', { description: 'A suspension of a filed scheme (暂停), effective at once' })
export class SuspensionType {
  @Field(() => String, { description: 'Why the cadre suspended the scheme' })
  reason!: string;

  @Field(() => String, { description: '暂停生效日期 YYYY-MM-DD' })
  effectiveDate!: string;

  @Field(() => String, { description: '提出暂停的用户名' })
  createdBy!: string;

  @Field(() => Date, { description: 'When the suspension was recorded' })
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
