import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Village } from '../reference/division/village.entity.js';
import { User } from '../reference/user/user.entity.js';
import { Donor } from './donor.entity.js';

/** A gift to one named member of a village's roster for a year (定向资助); recorded order is `id` order. */
@Entity({ tableName: 'donation_gift' })
@Index({ properties: ['village', 'year'] })
@Index({ properties: ['year', 'donor'] })
export class DonationGift {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Donor)
  donor!: Rel<Donor>;

  /** The charity organisation the money goes through (经慈善组织); null: direct, or the donor is the charity. */
  @ManyToOne(() => Donor, { nullable: true })
  charity: Rel<Donor> | null = null;

  @ManyToOne(() => Village)
  village!: Rel<Village>;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'string', length: 18 })
  idNumber!: string;

  /** The member's name on the roster when the gift was recorded. */
  @Property({ type: 'string', nullable: true })
  name: string | null = null;

  @Property({ type: 'integer' })
  amountFen!: number;

  /** ISO date the money was received, if given. */
  @Property({ type: 'string', length: 10, nullable: true })
  receivedOn: string | null = null;

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
