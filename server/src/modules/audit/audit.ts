/** Writing audit entries: call inside the transaction of the change, before its flush. */
import { batchInsert } from '../../adapter/index.js';
import type { Em } from '../../db/orm.js';
import { AuditEntry, type AuditActor, type AuditVillage } from './auditEntry.entity.js';

export interface AuditScope {
  village?: AuditVillage | null;
  year?: number | null;
}

/** What an entry says, for `audit` and `auditNow` alike: the action, the entity, the snapshots and the scope's code and year. */
function entryFields(action: string, entityName: string, entityId: string | number, before: unknown, after: unknown, scope: AuditScope) {
  return {
    action,
    entity: entityName,
    entityId: String(entityId),
    villageCode: scope.village?.code ?? null,
    year: scope.year ?? null,
    before: before ?? null,
    after: after ?? null,
  };
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
    ...entryFields(action, entityName, entityId, before, after, scope),
    user,
    village: scope.village ?? null,
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
      ...entryFields(action, entityName, entityId, before, after, scope),
      at: new Date(),
      user: user?.id ?? null,
      village: scope.village?.id ?? null,
    },
  ]);
}

/** An entry of `auditManyNow`: what `auditNow` is given after the user. */
export interface NowEntry {
  action: string;
  entityName: string;
  entityId: string | number;
  before: unknown;
  after: unknown;
  scope?: AuditScope;
}

/** `auditNow` of several entries of one user, in one statement (e.g. the drafts of an area's settlement). */
export async function auditManyNow(em: Em, user: AuditActor | null, entries: readonly NowEntry[]): Promise<void> {
  const at = new Date();
  await batchInsert(
    em,
    AuditEntry,
    entries.map((e) => ({
      ...entryFields(e.action, e.entityName, e.entityId, e.before, e.after, e.scope ?? {}),
      at,
      user: user?.id ?? null,
      village: e.scope?.village?.id ?? null,
    })),
  );
}
