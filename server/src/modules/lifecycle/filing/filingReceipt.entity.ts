import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Scheme } from '../scheme/scheme.entity.js';
import type { Department } from '../../reference/user/department.js';
import { User } from '../../reference/user/user.entity.js';

export type ReceiptKind = 'FILING' | 'SUSPENSION';
export type ReceiptOutcome = 'ACKNOWLEDGED' | 'RETURNED';

/** A department's answer to a submission (FILING) or a suspension (SUSPENSION) of a scheme. */
@Entity({ tableName: 'filing_receipt' })
@Index({ properties: ['scheme', 'round'] })
export class FilingReceipt {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Scheme)
  scheme!: Rel<Scheme>;

  /** The version number submitted (or suspended). */
  @Property({ type: 'integer' })
  version!: number;

  /** Scheme.filingRound when it was given: receipts of earlier rounds no longer count. */
  @Property({ type: 'integer', default: 0 })
  round: number & Opt = 0;

  @Property({ type: 'string', length: 32 })
  department!: Department;

  @Property({ type: 'string', length: 16 })
  kind!: ReceiptKind;

  @Property({ type: 'string', length: 16, default: 'ACKNOWLEDGED' })
  outcome: ReceiptOutcome & Opt = 'ACKNOWLEDGED';

  /** Why it was returned (outcome RETURNED). */
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @ManyToOne(() => User)
  user!: Rel<User>;

  @Property({ type: 'datetime' })
  at: Date & Opt = new Date();
}
