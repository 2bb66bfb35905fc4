import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { SectionOutcome } from '@cunce/rules';
import { Settlement } from './settlement.entity.js';

/** The outcome of one member in a settlement (RULESET.md "Outcome of one member"), money in fen, no trace. */
@Entity({ tableName: 'settlement_outcome' })
@Index({ properties: ['idNumber'] })
export class SettlementOutcome {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Settlement, { deleteRule: 'cascade' })
  settlement!: Settlement;

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

  /** Per section: key, amount (yuan, as the outcome has it) and the rule ids that held. */
  @Property({ type: 'json' })
  sections!: SectionOutcome[];

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
