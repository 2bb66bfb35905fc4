/**
 * Row locks and the identity map around plain SQL: what the unit of work would otherwise do for a statement it
 * did not write.
 */
import type { EntityClass } from '@mikro-orm/core';
import { SqlitePlatform } from '@mikro-orm/sqlite';
import { allRaw, quote } from './driverRaw.js';
import type { Em } from './orm.types.js';

/**
 * Locks the entity's row `id` for the rest of the caller's transaction: SELECT … FOR UPDATE on PostgreSQL.
 * Nothing on SQLite, whose transactions start with BEGIN IMMEDIATE (sqliteImmediate.ts) and so hold the
 * database's one write lock from their first statement.
 */
export async function lockRow<T extends object>(em: Em, entity: EntityClass<T>, id: number): Promise<void> {
  if (em.getPlatform() instanceof SqlitePlatform) return;
  const meta = em.getMetadata().get(entity.name);
  const pk = meta.getPrimaryProps()[0]!.fieldNames[0]!;
  await allRaw(em, `select 1 from ${quote(meta.tableName)} where ${quote(pk)} = ? for update`, [id]);
}

/** Detaches the entities of `ids` that this entity manager has loaded (their rows were deleted with plain SQL). */
export function forgetLoaded<T extends object>(em: Em, entity: EntityClass<T>, ids: readonly number[]): void {
  const uow = em.getUnitOfWork();
  for (const id of ids) {
    const loaded = uow.getById<T>(entity.name, id as never);
    if (loaded) uow.unsetIdentity(loaded);
  }
}
