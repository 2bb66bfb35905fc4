import { BigIntType, Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import type { RowIssue, SettlementStatus } from '@cunce/rules';
import { Village } from '../../reference/division/village.entity.js';
import { RuleSetVersion } from '../ruleset/ruleSetVersion.entity.js';
import { User } from '../../reference/user/user.entity.js';

// The statuses (and their names) are the rules package's, shared with the editor; re-exported for this module's users.
export { SETTLEMENT_STATUSES, type SettlementStatus } from '@cunce/rules';

/**
 * A village's settlement of a year: totals in fen, one SettlementOutcome row per member. At most one full
 * (non-supplementary) settlement of a village-year is confirmed or accepted, whatever the code does: a partial
 * unique index, the same SQL on SQLite and PostgreSQL.
 */
@Entity({ tableName: 'settlement' })
@Unique({
  name: 'settlement_one_confirmed_full',
  expression:
    "create unique index settlement_one_confirmed_full on settlement (village_id, year) where status in ('CONFIRMED', 'ACCEPTED') and supplementary = false",
})
@Index({ properties: ['village', 'year'] })
@Index({ properties: ['year', 'status'] })
export class Settlement {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Village)
  village!: Rel<Village>;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'string', length: 16 })
  status!: SettlementStatus;

  /** Settles only the members not yet in a confirmed settlement of the village and year (late payers). */
  @Property({ type: 'boolean', default: false })
  supplementary: boolean & Opt = false;

  /** The paying version evaluated; null when no scheme paid (every member SCHEME_NOT_ACTIVE). */
  @ManyToOne(() => RuleSetVersion, { nullable: true })
  ruleSetVersion: Rel<RuleSetVersion> | null = null;

  /** Whether a scheme paid for the year when settled; a settlement without one cannot be confirmed. */
  @Property({ type: 'boolean' })
  schemeActive!: boolean;

  @Property({ type: 'integer' })
  membersCount!: number;

  @Property({ type: 'integer' })
  eligibleCount!: number;

  @Property({ type: new BigIntType('number') })
  contributionFen!: number;

  @Property({ type: new BigIntType('number') })
  governmentSubsidyFen!: number;

  @Property({ type: new BigIntType('number') })
  collectiveFen!: number;

  @Property({ type: new BigIntType('number') })
  donationFen!: number;

  @Property({ type: new BigIntType('number') })
  donationExcessFen!: number;

  @Property({ type: new BigIntType('number') })
  accountCreditFen!: number;

  @Property({ type: 'boolean' })
  budgetExceeded!: boolean;

  @Property({ type: 'double', nullable: true })
  prorateFactor: number | null = null;

  @Property({ type: 'json' })
  warnings: RowIssue[] & Opt = [];

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @ManyToOne(() => User)
  createdBy!: Rel<User>;

  @Property({ type: 'datetime', nullable: true })
  confirmedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true })
  confirmedBy: Rel<User> | null = null;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true })
  acceptedBy: Rel<User> | null = null;
}
