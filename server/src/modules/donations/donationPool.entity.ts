import { BigIntType, Collection, Entity, Index, ManyToMany, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import type { DonationOrder, TopCondition } from '@cunce/rules';
import { Village } from '../reference/division/village.entity.js';
import { User } from '../reference/user/user.entity.js';
import { Donor } from './donor.entity.js';

/**
 * A pooled gift (资助池) for one or several villages of one county and a year, shared out at settlement to the
 * members matching `condition`, `perMemberFen` each at most, in `memberOrder`, until it runs out. Villages use
 * it in the order their settlements happen.
 */
@Entity({ tableName: 'donation_pool' })
@Index({ properties: ['year', 'donor'] })
@Index({ properties: ['countyCode', 'year'] })
export class DonationPool {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Donor)
  donor!: Rel<Donor>;

  @ManyToOne(() => Donor, { nullable: true })
  charity: Rel<Donor> | null = null;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @ManyToMany({ entity: () => Village, pivotTable: 'donation_pool_village', joinColumn: 'pool_id', inverseJoinColumn: 'village_id' })
  villages = new Collection<Village>(this);

  @Property({ type: 'string', length: 100, nullable: true })
  label: string | null = null;

  @Property({ type: new BigIntType('number') })
  amountFen!: number;

  @Property({ type: 'integer' })
  perMemberFen!: number;

  /** RULESET.md's condition format over built-in facts; null: every member paying for the year. */
  @Property({ type: 'json', nullable: true })
  condition: TopCondition | null = null;

  @Property({ type: 'string', length: 16 })
  memberOrder!: DonationOrder;

  @Property({ type: 'string', length: 500, nullable: true })
  note: string | null = null;

  @Property({ type: 'integer', default: 1 })
  version: number & Opt = 1;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @ManyToOne(() => User)
  createdBy!: Rel<User>;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
