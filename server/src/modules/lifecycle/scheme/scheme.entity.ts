import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { Village } from '../../reference/division/village.entity.js';
import type { SchemeStatus } from './scheme.transitions.js';

/**
 * A village's subsidy standard for a year (the year of its first rule-set version): its versions are
 * RuleSetVersion rows, its status follows scheme.transitions.ts.
 */
@Entity({ tableName: 'scheme' })
@Unique({ properties: ['village', 'year'] })
export class Scheme {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Village)
  village!: Rel<Village>;

  @Property({ type: 'integer' })
  year!: number;

  /** The last year the current version covers (RuleSet.lastYear); null: `year` only. */
  @Property({ type: 'integer', nullable: true })
  lastYear: number | null = null;

  @Property({ type: 'string', length: 16 })
  status!: SchemeStatus;

  /** The number of the version that pays (filed), or null before the first filing. */
  @Property({ type: 'integer', nullable: true })
  filedVersion: number | null = null;

  /** The number of the latest saved version (0: none yet). */
  @Property({ type: 'integer', default: 0 })
  currentVersion: number & Opt = 0;

  /** Counts submissions and suspensions: receipts of the current round carry the same number. */
  @Property({ type: 'integer', default: 0 })
  filingRound: number & Opt = 0;

  /** Why a department last returned the filing (cleared on the next submission). */
  @Property({ type: 'text', nullable: true })
  returnReason: string | null = null;

  /** Optimistic concurrency: a stale update fails with an OptimisticLockError (→ CONFLICT). */
  @Property({ type: 'integer', version: true })
  revision!: number & Opt;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  @Index()
  updatedAt: Date & Opt = new Date();
}
