import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Settlement } from './settlement.entity.js';

export interface SectionOutcomeFen {
  key: string;
  amountFen: number;
  ruleIds: string[];
}

/** The outcome of one member in a settlement (RULESET.md "Outcome of one member"), money in fen, no trace. */
@Entity({ tableName: 'settlement_outcome' })
@Index({ properties: ['idNumber', 'settlement'] })
export class SettlementOutcome {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  /** Indexed on both databases (SQLite indexes a foreign key by itself; PostgreSQL does not): a settlement's rows. */
  @Index()
  @ManyToOne(() => Settlement, { deleteRule: 'cascade' })
  settlement!: Rel<Settlement>;

  @Property({ type: 'string', length: 18 })
  idNumber!: string;

  @Property({ type: 'string', nullable: true })
  name: string | null = null;

  @Property({ type: 'boolean' })
  eligible!: boolean;

  /** Codes of the gates failed (e.g. SCHEME_NOT_ACTIVE). */
  @Property({ type: 'json' })
  reasons!: string[];

  @Property({ type: 'integer' })
  age!: number;

  /** Per section: key, amount in fen and the rule ids that counted. */
  @Property({ type: 'json' })
  sections!: SectionOutcomeFen[];

  @Property({ type: 'integer' })
  rawFen!: number;

  @Property({ type: 'integer' })
  collectiveFen!: number;

  @Property({ type: 'integer' })
  donationFen!: number;

  @Property({ type: 'integer' })
  donationExcessFen!: number;

  @Property({ type: 'integer' })
  governmentSubsidyFen!: number;

  @Property({ type: 'integer' })
  accountCreditFen!: number;

  /** What the person paid; null: nothing. */
  @Property({ type: 'integer', nullable: true })
  contributionFen: number | null = null;
}
