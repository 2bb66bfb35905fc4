import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A server setting kept in the database (e.g. the generated token signing secret). */
@Entity({ tableName: 'setting' })
export class Setting {
  @PrimaryKey({ type: 'string', length: 64 })
  key!: string;

  @Property({ type: 'text' })
  value!: string;
}
