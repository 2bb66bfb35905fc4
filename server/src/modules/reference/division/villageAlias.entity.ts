import { Entity, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Village } from './village.entity.js';

/** A former code of a village, still accepted wherever a village code is (after a correction). */
@Entity({ tableName: 'village_alias' })
export class VillageAlias {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 12, unique: true })
  code!: string;

  @ManyToOne(() => Village)
  village!: Rel<Village>;

  @Property({ type: 'datetime' })
  replacedAt: Date & Opt = new Date();
}
