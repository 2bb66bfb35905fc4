import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One counter of failed logins (auth/throttle.ts): for an address (`a|<address>`), for a username from an
 * address (`ua|<username>|<address>`) or for a username from anywhere (`u|<username>`). Names that belong to no
 * user are counted alike, so that the answers tell nothing about which names exist. Kept in the database so that
 * several server processes share the counts; changed only by single atomic SQL statements.
 */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  @PrimaryKey({ type: 'string', length: 160 })
  key!: string;

  /** The username the counter is for; null for an address's counter. */
  @Index()
  @Property({ type: 'string', length: 64, nullable: true })
  username: string | null = null;

  /** Failures (and attempts still being checked) since `windowStart`. */
  @Property({ type: 'integer', default: 0 })
  failures: number & Opt = 0;

  @Property({ type: 'datetime' })
  windowStart!: Date;

  /** Attempts are refused, unchecked, until then. */
  @Property({ type: 'datetime', nullable: true })
  lockedUntil: Date | null = null;

  /** The last successful login of the username from the address (`ua|` counters only): a known address. */
  @Property({ type: 'datetime', nullable: true })
  lastSuccessAt: Date | null = null;
}
