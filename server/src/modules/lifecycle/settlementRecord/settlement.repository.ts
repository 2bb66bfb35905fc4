/** Queries of settlements by village and year. */
import { allRaw, runRaw } from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';
import { NotFound } from '../../../errors.js';
import type { Village } from '../../reference/division/village.entity.js';
import { Posting } from './posting.entity.js';
import { Settlement } from './settlement.entity.js';
import { SettlementOutcome } from './settlementOutcome.entity.js';

export const CONFIRMED_STATUSES = ['CONFIRMED', 'ACCEPTED'] as const;

/** Whether any settlement of the year, in any village, is confirmed (or accepted): the year's policy is frozen. */
export async function yearConfirmed(em: Em, year: number): Promise<boolean> {
  return (await em.count(Settlement, { year, status: { $in: [...CONFIRMED_STATUSES] } })) > 0;
}

/** The key of a member in a settlement. */
export const postingKey = (settlementId: number, idNumber: string) => `${settlementId}:${idNumber}`;

/** Members rejected by the agency in the given settlements, as postingKey()s. */
export async function rejectedKeys(em: Em, settlementIds: readonly number[]): Promise<Set<string>> {
  if (settlementIds.length === 0) return new Set();
  const rows: { settlement: number; idNumber: string }[] = await em
    .createQueryBuilder(Posting, 'p')
    .select(['p.settlement', 'p.idNumber'])
    .where({ settlement: { $in: [...settlementIds] }, status: 'REJECTED' })
    .execute('all');
  return new Set(rows.map((r) => postingKey(Number(r.settlement), r.idNumber)));
}

/**
 * The ID numbers in the village's confirmed (or accepted) settlements of the year, except where the agency
 * rejected the member's posting (such a member may be settled again); null when there is no confirmed one.
 */
export async function settledIdNumbers(em: Em, village: Village, year: number): Promise<Set<string> | null> {
  const confirmed = await em.find(Settlement, { village, year, status: { $in: [...CONFIRMED_STATUSES] } }, { fields: ['id'] });
  if (confirmed.length === 0) return null;
  const ids = confirmed.map((s) => s.id);
  const rows = await em.find(SettlementOutcome, { settlement: { $in: ids } }, { fields: ['idNumber', 'settlement'] });
  const rejected = await rejectedKeys(em, ids);
  return new Set(rows.filter((r) => !rejected.has(postingKey(r.settlement.id, r.idNumber))).map((r) => r.idNumber));
}

/**
 * Deletes the village's draft settlements of the year with their outcome rows; returns their ids. Plain SQL,
 * so that the large DELETE is sent as soon as the ids are known and runs on the database's side while the
 * caller evaluates the roster (a unit-of-work round trip would wait for this thread).
 */
export async function removeDrafts(em: Em, village: Village, year: number): Promise<number[]> {
  const drafts = await allRaw<{ id: number }>(em, 'select "id" from "settlement" where "village_id" = ? and "year" = ? and "status" = ?', [
    village.id,
    year,
    'DRAFT',
  ]);
  if (drafts.length === 0) return [];
  const ids = drafts.map((d) => Number(d.id));
  const marks = ids.map(() => '?').join(', ');
  await runRaw(em, `delete from "settlement_outcome" where "settlement_id" in (${marks})`, ids);
  await runRaw(em, `delete from "settlement" where "id" in (${marks})`, ids);
  const uow = em.getUnitOfWork();
  for (const id of ids) {
    const loaded = uow.getById<Settlement>(Settlement.name, id);
    if (loaded) uow.unsetIdentity(loaded);
  }
  return ids;
}

/** The settlement with its village (township, county) and version, fresh from the database. */
export async function getSettlement(em: Em, settlementId: string): Promise<Settlement> {
  const found = await findSettlement(em, settlementId);
  if (!found) throw new NotFound(`没有编号为${settlementId}的结算`);
  return found;
}

/** The settlement with its village, version and users loaded; null when there is none with that id. */
export async function findSettlement(em: Em, settlementId: string): Promise<Settlement | null> {
  const id = Number(settlementId);
  if (!Number.isSafeInteger(id)) return null;
  return em.findOne(
    Settlement,
    { id },
    { populate: ['village.township.county', 'ruleSetVersion', 'createdBy', 'confirmedBy', 'acceptedBy'], refresh: true },
  );
}
