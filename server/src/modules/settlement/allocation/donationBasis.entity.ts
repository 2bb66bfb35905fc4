import { Entity, ManyToOne, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { Settlement } from '../../lifecycle/settlementRecord/settlement.entity.js';

/**
 * The gifts and pools (with their versions) a settlement was computed from, so that confirming it after one of
 * them changed is refused (donation.confirm.ts).
 */
@Entity({ tableName: 'donation_basis' })
@Unique({ properties: ['settlement'] })
export class DonationBasis {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Settlement, { deleteRule: 'cascade' })
  settlement!: Rel<Settlement>;

  /** e.g. `g12.1 g15.3 p4.2`: gift and pool ids with their versions, sorted. */
  @Property({ type: 'text' })
  fingerprint!: string;
}
