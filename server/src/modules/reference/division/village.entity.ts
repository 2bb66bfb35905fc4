import { Collection, Entity, ManyToOne, OneToMany, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Township } from './township.entity.js';
import { VillageAlias } from './villageAlias.entity.js';

/**
 * A village (村、社区). Its id is stable: schemes, rosters and settlements hang on it, so correcting a
 * provisional code changes `code` and keeps the old one as a VillageAlias.
 */
@Entity({ tableName: 'village' })
export class Village {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 12, unique: true })
  code!: string;

  @Property({ type: 'string' })
  name!: string;

  /** The code was drawn up by rule and awaits the region administrator's correction (POLICY.md). */
  @Property({ type: 'boolean', default: false })
  provisional: boolean & Opt = false;

  @ManyToOne(() => Township)
  township!: Rel<Township>;

  @OneToMany(() => VillageAlias, (a) => a.village)
  aliases = new Collection<VillageAlias>(this);
}
