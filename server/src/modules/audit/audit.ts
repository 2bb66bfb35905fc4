/** Writing audit entries: call inside the transaction of the change, before its flush. */
import { batchInsert } from '../../adapter/index.js';
import type { Em } from '../../db/orm.js';
import { AuditEntry, type AuditActor, type AuditVillage } from './auditEntry.entity.js';

export interface AuditScope {
  village?: AuditVillage | null;
  year?: number | null;
}

/**
 * Persists (without flushing) an entry saying `user` did `action` on `entityName` #`entityId`, with plain
 * JSON snapshots `before` and `after` (null for creation / deletion). `scope` files it under a village and
 * year for `auditLog`.
 */
export function audit(
  em: Em,
  user: AuditActor | null,
  action: string,
  entityName: string,
  entityId: string | number,
  before: unknown,
  after: unknown,
  scope: AuditScope = {},
): AuditEntry {
  const entry = em.create(AuditEntry, {
    user,
    action,
    entity: entityName,
    entityId: String(entityId),
    village: scope.village ?? null,
    villageCode: scope.village?.code ?? null,
    year: scope.year ?? null,
    before: before ?? null,
    after: after ?? null,
  });
  em.persist(entry);
  return entry;
}

/**
 * Like `audit`, but the entry is written at once with plain SQL (still inside the caller's transaction), for
 * changes made without the unit of work, so that they need no flush of it.
 */
export async function auditNow(
  em: Em,
  user: AuditActor | null,
  action: string,
  entityName: string,
  entityId: string | number,
  before: unknown,
  after: unknown,
  scope: AuditScope = {},
): Promise<void> {
  await batchInsert(em, AuditEntry, [
    {
      at: new Date(),
      user: user?.id ?? null,
      action,
      entity: entityName,
      entityId: String(entityId),
      village: scope.village?.id ?? null,
      villageCode: scope.village?.code ?? null,
      year: scope.year ?? null,
      before: before ?? null,
      after: after ?? null,
    },
  ]);
}
