import { Collection, Entity, OneToMany, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import type { Hardship } from '@cunce/rules';
import { PolicyTier } from './policyTier.entity.js';

/** The region's figures for one year; the database is their source of truth once seeded. */
@Entity({ tableName: 'policy_year' })
export class PolicyYear {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @OneToMany(() => PolicyTier, (t) => t.policyYear, { orderBy: { position: 'asc' } })
  tiers = new Collection<PolicyTier>(this);

  @Property({ type: 'json' })
  hardshipTierCategories!: Hardship[];

  @Property({ type: 'boolean', default: false })
  backPayEarnsSubsidy: boolean & Opt = false;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
