import { Entity, ManyToOne, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { PolicyYear } from './policyYear.entity.js';

/** One contribution tier of a policy year (money in fen). */
@Entity({ tableName: 'policy_tier' })
@Unique({ properties: ['policyYear', 'position'] })
export class PolicyTier {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => PolicyYear)
  policyYear!: Rel<PolicyYear>;

  /** 0-based order of the tier within the year. */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'integer' })
  amountFen!: number;

  @Property({ type: 'integer' })
  governmentSubsidyFen!: number;

  @Property({ type: 'boolean' })
  hardshipOnly!: boolean;
}
