import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { AuditEntry } from '../../audit/auditEntry.entity.js';

@ObjectType('AuditEntry')
export class AuditEntryType {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { nullable: true, description: '操作人用户名；系统操作为空' })
  user!: string | null;

  @Field(() => String)
  action!: string;

  @Field(() => String)
  entity!: string;

  @Field(() => String)
  entityId!: string;

  @Field(() => String, { nullable: true })
  villageCode!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => GraphQLJSON, { nullable: true })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
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
