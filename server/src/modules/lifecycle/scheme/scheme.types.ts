import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SchemeStatusEnum } from './scheme.enums.js';
import type { Scheme } from './scheme.entity.js';
import type { SchemeStatus } from './scheme.transitions.js';

/**
 * A village's scheme for a year. The relations (village, versions, steps, receipts, suspension) are field
 * resolvers of SchemeResolver; `entity` keeps the loaded row (village.township.county populated).
 */
@ObjectType('Scheme', {
  description: 'A village’s subsidy scheme (方案) from a year: its rule-set versions, decision steps (四议两公开), filing and suspension',
})
export class SchemeType {
  @Field(() => ID, { description: 'Scheme id' })
  id!: string;

  @Field(() => Int, { description: '首个方案年度' })
  year!: number;

  @Field(() => Int, { description: '最新版本所覆盖的最后一个年度' })
  lastYear!: number;

  @Field(() => SchemeStatusEnum, { description: 'Where the scheme stands in filing (API.md "The scheme of a village")' })
  status!: SchemeStatus;

  @Field(() => String, { nullable: true, description: '最近一次被退回的理由（再次报送后清空）' })
  returnReason!: string | null;

  @Field(() => Date, { description: 'When the scheme last changed' })
  updatedAt!: Date;

  entity!: Scheme;

  static from(scheme: Scheme): SchemeType {
    return Object.assign(new SchemeType(), {
      id: String(scheme.id),
      year: scheme.year,
      lastYear: scheme.lastYear ?? scheme.year,
      status: scheme.status,
      returnReason: scheme.returnReason,
      updatedAt: scheme.updatedAt,
      entity: scheme,
    });
  }
}
