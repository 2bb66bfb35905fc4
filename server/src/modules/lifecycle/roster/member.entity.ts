import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import type { Hardship, PaymentType } from '@cunce/rules';
import { Village } from '../../reference/division/village.entity.js';

/** A person on a village's roster for a year (API.md MemberInput after checkMembers; money in fen). */
@Entity({ tableName: 'member' })
@Unique({ properties: ['village', 'year', 'idNumber'] })
@Index({ properties: ['year', 'idNumber'] })
export class Member {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Village)
  village!: Rel<Village>;

  @Property({ type: 'integer' })
  year!: number;

  /** 18 characters, upper-case X. */
  @Property({ type: 'string', length: 18 })
  idNumber!: string;

  @Property({ type: 'string', nullable: true })
  name: string | null = null;

  @Property({ type: 'boolean' })
  isCollectiveMember!: boolean;

  /** What the person paid this year; null: nothing paid. */
  @Property({ type: 'integer', nullable: true })
  contributionFen: number | null = null;

  @Property({ type: 'string', length: 16 })
  paymentType!: PaymentType;

  @Property({ type: 'boolean', default: false })
  proxyPaid: boolean & Opt = false;

  @Property({ type: 'json' })
  hardship: Hardship[] & Opt = [];

  @Property({ type: 'integer', default: 0 })
  contributionYears: number & Opt = 0;

  @Property({ type: 'integer', default: 0 })
  householdElderly: number & Opt = 0;

  @Property({ type: 'integer', default: 0 })
  householdChildren: number & Opt = 0;

  @Property({ type: 'integer', default: 0 })
  donationFen: number & Opt = 0;

  @Property({ type: 'integer', default: 0 })
  priorCreditFen: number & Opt = 0;

  /**
   * A fictitious person of the generated sample (演示数据), imported for practice: only into a roster without real
   * members, replaced by the first real import, never settled.
   */
  @Property({ type: 'boolean', default: false })
  practice: boolean & Opt = false;

  /** Values of the rule set's own facts (RuleSet.facts). */
  @Property({ type: 'json', nullable: true })
  custom: Record<string, unknown> | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
