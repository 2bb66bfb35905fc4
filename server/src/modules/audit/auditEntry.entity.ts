import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';

/**
 * The user and the village an entry names, as much of them as the audit room reads. The relations name their
 * entities by name, so that the audit writer depends on no room above it and every room can write entries.
 */
export interface AuditActor {
  id: number;
  username: string;
}
export interface AuditVillage {
  id: number;
  code: string;
}

/** Who changed what, when, with the state before and after; written in the same transaction as the change. */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['village', 'year'] })
export class AuditEntry {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'datetime' })
  at: Date & Opt = new Date();

  /** null: the system (seeding, migrations). */
  @ManyToOne({ entity: 'User', nullable: true })
  user: Rel<AuditActor> | null = null;

  /** e.g. SAVE_RULESET, CREATE_USER, EDIT_POLICY_YEAR. */
  @Property({ type: 'string', length: 64 })
  action!: string;

  /** The entity's class name, e.g. Scheme. */
  @Property({ type: 'string', length: 64 })
  entity!: string;

  @Property({ type: 'string', length: 64 })
  entityId!: string;

  /** The village the change concerns, if any (by id: survives code corrections). */
  @ManyToOne({ entity: 'Village', nullable: true })
  village: Rel<AuditVillage> | null = null;

  /** Its code when the change happened. */
  @Property({ type: 'string', length: 12, nullable: true })
  villageCode: string | null = null;

  @Property({ type: 'integer', nullable: true })
  year: number | null = null;

  @Property({ type: 'json', nullable: true })
  before: unknown = null;

  @Property({ type: 'json', nullable: true })
  after: unknown = null;
}
