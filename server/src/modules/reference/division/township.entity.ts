import { Collection, Entity, ManyToOne, OneToMany, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { County } from './county.entity.js';
import { Village } from './village.entity.js';

/** A township (乡、镇、街道), 9-digit statistical code. */
@Entity({ tableName: 'township' })
export class Township {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 9, unique: true })
  code!: string;

  @Property({ type: 'string' })
  name!: string;

  /** The code was made up by rule (新增乡镇 before the official one is known) and is to be corrected. */
  @Property({ type: 'boolean', default: false })
  provisional: boolean & Opt = false;

  @ManyToOne(() => County)
  county!: Rel<County>;

  @OneToMany(() => Village, (v) => v.township)
  villages = new Collection<Village>(this);
}
