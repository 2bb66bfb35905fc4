import { Entity, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Scheme } from '../scheme/scheme.entity.js';
import { User } from '../../reference/user/user.entity.js';

/** A suspension of a filed scheme by its village; `resumedAt` set when the village resumes it. */
@Entity({ tableName: 'suspension' })
export class Suspension {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Scheme)
  scheme!: Rel<Scheme>;

  @Property({ type: 'text' })
  reason!: string;

  /** ISO date YYYY-MM-DD. */
  @Property({ type: 'string', length: 10 })
  effectiveDate!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @ManyToOne(() => User)
  createdBy!: Rel<User>;

  @Property({ type: 'datetime', nullable: true })
  resumedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true })
  resumedBy: Rel<User> | null = null;
}
