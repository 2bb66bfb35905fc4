/** Queries of settlements by village and year. */
import { allRaw, forgetLoaded, runRaw } from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';
import { NotFound } from '../../../errors.js';
import type { Village } from '../../reference/division/village.entity.js';
import { Settlement } from './settlement.entity.js';

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
  const rows = await allRaw<{ settlement: unknown; idNumber: string }>(
    em,
    `select "settlement_id" as "settlement", "id_number" as "idNumber" from "posting" where "status" = 'REJECTED' and "settlement_id" in (${marks(settlementIds)})`,
    [...settlementIds],
  );
  return new Set(rows.map((r) => postingKey(Number(r.settlement), r.idNumber)));
}

export interface VillageYearSettlements {
  /** The confirmed (or accepted) settlements' ids. */
  confirmed: number[];
  drafts: number[];
}

/** The ids of the village's settlements of the year, confirmed ones and drafts: one plain SELECT. */
export async function settlementIds(em: Em, village: Village, year: number): Promise<VillageYearSettlements> {
  const rows = await allRaw<{ id: unknown; status: string }>(
    em,
    'select "id", "status" from "settlement" where "village_id" = ? and "year" = ? order by "id"',
    [village.id, year],
  );
  const confirmed = new Set<string>(CONFIRMED_STATUSES);
  return {
    confirmed: rows.filter((r) => confirmed.has(r.status)).map((r) => Number(r.id)),
    drafts: rows.filter((r) => r.status === 'DRAFT').map((r) => Number(r.id)),
  };
}

/**
 * The ID numbers in the village's confirmed (or accepted) settlements of the year, except where the agency
 * rejected the member's posting (such a member may be settled again); null when there is no confirmed one.
 */
export async function settledIdNumbers(em: Em, village: Village, year: number): Promise<Set<string> | null> {
  return settledAmong(em, (await settlementIds(em, village, year)).confirmed);
}

/** settledIdNumbers given the confirmed settlements' ids (settlementIds). */
export async function settledAmong(em: Em, confirmed: readonly number[]): Promise<Set<string> | null> {
  if (confirmed.length === 0) return null;
  const rows = await allRaw<{ settlement: unknown; idNumber: string }>(
    em,
    `select "settlement_id" as "settlement", "id_number" as "idNumber" from "settlement_outcome" where "settlement_id" in (${marks(confirmed)})`,
    [...confirmed],
  );
  const rejected = await rejectedKeys(em, confirmed);
  return new Set(rows.filter((r) => !rejected.has(postingKey(Number(r.settlement), r.idNumber))).map((r) => r.idNumber));
}

/**
 * Deletes the draft settlements `ids` (settlementIds) with their outcome rows. Plain SQL, so that the large
 * DELETE is sent at once and runs on the database's side while the caller evaluates the roster (a unit-of-work
 * round trip would wait for this thread).
 */
export async function removeDrafts(em: Em, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await runRaw(em, `delete from "settlement_outcome" where "settlement_id" in (${marks(ids)})`, [...ids]);
  await runRaw(em, `delete from "settlement" where "id" in (${marks(ids)})`, [...ids]);
  forgetLoaded(em, Settlement, ids);
}

const marks = (ids: readonly unknown[]) => ids.map(() => '?').join(', ');

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
