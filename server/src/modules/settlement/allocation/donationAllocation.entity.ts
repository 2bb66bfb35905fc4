import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import type { DonationSource } from '@cunce/rules';
import { Settlement } from '../../lifecycle/settlementRecord/settlement.entity.js';
import { DonationGift } from '../../donations/donationGift.entity.js';
import { DonationPool } from '../../donations/donationPool.entity.js';
import { Donor } from '../../donations/donor.entity.js';

/**
 * What one source (the roster's own donation, a gift or a pool) gave one member in a settlement: applied to the
 * account, and returned to the donor. Written with the settlement, dropped with a replaced draft. A deleted gift
 * or pool leaves its rows (source id null) in the drafts that used it, which can then no longer be confirmed.
 */
@Entity({ tableName: 'donation_allocation' })
@Index({ properties: ['settlement'] })
@Index({ properties: ['pool'] })
@Index({ properties: ['gift'] })
export class DonationAllocation {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Settlement, { deleteRule: 'cascade' })
  settlement!: Rel<Settlement>;

  @Property({ type: 'string', length: 8 })
  source!: DonationSource;

  @ManyToOne(() => DonationGift, { nullable: true, deleteRule: 'set null' })
  gift: Rel<DonationGift> | null = null;

  @ManyToOne(() => DonationPool, { nullable: true, deleteRule: 'set null' })
  pool: Rel<DonationPool> | null = null;

  /** null: the roster's own donation (花名册登记的资助), from no recorded donor. */
  @ManyToOne(() => Donor, { nullable: true })
  donor: Rel<Donor> | null = null;

  @Property({ type: 'string', length: 18 })
  idNumber!: string;

  @Property({ type: 'string', nullable: true })
  name: string | null = null;

  @Property({ type: 'integer' })
  appliedFen!: number;

  @Property({ type: 'integer' })
  returnedFen!: number;
}
