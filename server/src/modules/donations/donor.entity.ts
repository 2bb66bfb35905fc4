import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { User } from '../reference/user/user.entity.js';

export const DONOR_KINDS = ['ENTERPRISE', 'CHARITY', 'INDIVIDUAL'] as const;
export type DonorKind = (typeof DONOR_KINDS)[number];

/**
 * Who gives (社会资助的捐赠方): an enterprise, a charity organisation or an individual. Recorded for an area: a
 * county (by 县民政), a village (by its cadre) or the region (areaCode null, by the region administrator).
 */
@Entity({ tableName: 'donor' })
@Index({ properties: ['countyCode'] })
export class Donor {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 16 })
  kind!: DonorKind;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  contact: string | null = null;

  /** 统一社会信用代码 (GB 32100-2015): required for enterprises and charities, absent for individuals. */
  @Property({ type: 'string', length: 18, nullable: true })
  creditCode: string | null = null;

  /** County (6) or village (12) code the donor is recorded for; null: the whole region. */
  @Property({ type: 'string', length: 12, nullable: true })
  areaCode: string | null = null;

  /** The county of `areaCode`; null for the region. */
  @Property({ type: 'string', length: 6, nullable: true })
  countyCode: string | null = null;

  @Property({ type: 'integer', default: 1 })
  version: number & Opt = 1;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @ManyToOne(() => User)
  createdBy!: Rel<User>;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
