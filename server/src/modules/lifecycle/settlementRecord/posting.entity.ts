import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { Settlement } from './settlement.entity.js';
import { User } from '../../reference/user/user.entity.js';

export const POSTING_STATUSES = ['POSTED', 'REJECTED'] as const;
export type PostingStatus = (typeof POSTING_STATUSES)[number];

/**
 * The agency's answer for one member of an accepted settlement: posted to the personal account (入账) or
 * rejected (退回) with a reason. Kept apart from the outcome rows, which never change once confirmed.
 * `collectiveFen` and `eligible` are copied from the member's outcome row so that the figures add up without
 * joining the outcome rows. Final once recorded (see posting.service.ts).
 */
@Entity({ tableName: 'posting' })
@Unique({ properties: ['settlement', 'idNumber'] })
/** Covers the dashboard's and the settlement's sums by status (no table lookups for 1.9M postings). */
@Index({ properties: ['settlement', 'status', 'eligible', 'collectiveFen'] })
export class Posting {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Settlement, { deleteRule: 'cascade' })
  settlement!: Rel<Settlement>;

  @Property({ type: 'string', length: 18 })
  idNumber!: string;

  @Property({ type: 'string', length: 16 })
  status!: PostingStatus;

  /** Why the agency rejected it (required for REJECTED, null for POSTED). */
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  /** The member's collective subsidy in the settlement (fen), copied from the outcome row. */
  @Property({ type: 'integer' })
  collectiveFen!: number;

  /** Whether the member was eligible in the settlement, copied from the outcome row. */
  @Property({ type: 'boolean' })
  eligible!: boolean;

  @Property({ type: 'datetime' })
  recordedAt: Date & Opt = new Date();

  @ManyToOne(() => User)
  recordedBy!: Rel<User>;
}
