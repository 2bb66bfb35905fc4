import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { AuditEntry } from '../../audit/auditEntry.entity.js';

@ObjectType('AuditEntry', { description: 'One recorded change (操作记录): who did what to which record, with the values before and after' })
export class AuditEntryType {
  @Field(() => ID, { description: 'Entry id' })
  id!: string;

  @Field(() => Date, { description: 'When the change was committed' })
  at!: Date;

  @Field(() => String, { nullable: true, description: '操作人用户名；系统操作为空' })
  user!: string | null;

  @Field(() => String, { description: 'What was done, e.g. saveRuleSet, confirmSettlement' })
  action!: string;

  @Field(() => String, { description: 'Type of the changed record, e.g. Scheme, Settlement, User' })
  entity!: string;

  @Field(() => String, { description: 'Id of the changed record' })
  entityId!: string;

  @Field(() => String, {
    description: 'Village of the change; null for region-wide records (users, policy years, divisions)',
    nullable: true,
  })
  villageCode!: string | null;

  @Field(() => Int, { description: 'Scheme year of the change, if it has one', nullable: true })
  year!: number | null;

  @Field(() => GraphQLJSON, {
    description: 'The record before the change (JSON, ID numbers masked by the reader’s rights); null when created',
    nullable: true,
  })
  before!: unknown;

  @Field(() => GraphQLJSON, {
    description: 'The record after the change (JSON, ID numbers masked by the reader’s rights); null when removed',
    nullable: true,
  })
  after!: unknown;

  /** `mask` rewrites ID numbers inside the snapshots for users who may not see them whole. */
  static from(entry: AuditEntry, mask: (value: unknown) => unknown = (v) => v): AuditEntryType {
    return Object.assign(new AuditEntryType(), {
      id: String(entry.id),
      at: entry.at,
      user: entry.user?.username ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      villageCode: entry.villageCode,
      year: entry.year,
      before: mask(entry.before),
      after: mask(entry.after),
    });
  }
}
