/** The ORM and entity manager types every room uses, over both drivers (knex-based SQL drivers in MikroORM 6). */
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sqlite';

export type Orm = MikroORM;
/** The entity manager of either driver. */
export type Em = SqlEntityManager;

/** A fresh fork of the ORM's entity manager, typed as the SQL one. */
export function forkEm(orm: Orm): Em {
  return orm.em.fork() as unknown as Em;
}
