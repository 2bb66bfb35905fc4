import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Scheme } from '../scheme/scheme.entity.js';
import { Settlement } from '../settlementRecord/settlement.entity.js';
import { User } from '../../reference/user/user.entity.js';
import type { DecisionStepName } from '@cunce/rules';

/** One recorded step of 四议两公开 for a version of a scheme; counts only for meetings. */
@Entity({ tableName: 'decision_step' })
@Index({ properties: ['scheme', 'version'] })
export class DecisionStep {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Scheme)
  scheme!: Rel<Scheme>;

  /** The number of the version in progress it was recorded for. */
  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'string', length: 32 })
  step!: DecisionStepName;

  /** ISO date YYYY-MM-DD. */
  @Property({ type: 'string', length: 10 })
  date!: string;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'integer', nullable: true })
  attendanceExpected: number | null = null;

  @Property({ type: 'integer', nullable: true })
  attendancePresent: number | null = null;

  @Property({ type: 'integer', nullable: true })
  votesFor: number | null = null;

  @Property({ type: 'integer', nullable: true })
  votesAgainst: number | null = null;

  @Property({ type: 'integer', nullable: true })
  votesAbstain: number | null = null;

  /** For 实施结果公开: the confirmed settlement whose result list was disclosed. */
  @ManyToOne(() => Settlement, { nullable: true })
  settlement: Rel<Settlement> | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @ManyToOne(() => User)
  createdBy!: Rel<User>;
}
