import { Collection, Entity, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { Township } from './township.entity.js';

/** A county-level division (县、市、区), GB/T 2260 code. */
@Entity({ tableName: 'county' })
export class County {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 6, unique: true })
  code!: string;

  @Property({ type: 'string' })
  name!: string;

  /** The prefecture-level city (地级市) it belongs to. */
  @Property({ type: 'string' })
  city!: string;

  @OneToMany(() => Township, (t) => t.county)
  townships = new Collection<Township>(this);
}
