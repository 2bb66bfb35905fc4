/** The warning for a person already in another village's confirmed settlement of the year (API.md). */
import type { RowIssue } from '@cunce/rules';
import { allRaw } from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';
import type { Village } from '../../reference/division/village.entity.js';
import { CONFIRMED_STATUSES } from '../../lifecycle/settlementRecord/settlement.repository.js';

/** A member's row in another village's confirmed settlement of the year: the ID number and that village. */
export interface SettledElsewhere {
  idNumber: string;
  code: string;
  name: string;
}

/** The rows of other villages' confirmed settlements of the year for this village's roster (crossVillageRowsOf). */
export async function crossVillageRows(em: Em, village: Village, year: number): Promise<SettledElsewhere[]> {
  return (await crossVillageRowsOf(em, [village], year)).get(village.id)!;
}

/**
 * crossVillageRows of several villages in one statement, by village id: only for villages some other village of
 * which has a confirmed settlement of the year (when none has, no member can be in one; one cheap SELECT says so).
 */
export async function crossVillageRowsOf(em: Em, villages: readonly Village[], year: number): Promise<Map<number, SettledElsewhere[]>> {
  const found = new Map<number, SettledElsewhere[]>(villages.map((v) => [v.id, []]));
  const confirmed = await allRaw<{ village: unknown }>(em, CONFIRMED_VILLAGES, [year, ...CONFIRMED_STATUSES]);
  const settledIn = new Set(confirmed.map((r) => Number(r.village)));
  const asked = villages.filter((v) => [...settledIn].some((id) => id !== v.id));
  if (asked.length === 0) return found;
  const ids = asked.map((v) => v.id);
  const rows = await allRaw<SettledElsewhere & { village: unknown }>(em, elsewhereOf(ids.length), [
    ...ids,
    year,
    year,
    ...CONFIRMED_STATUSES,
  ]);
  for (const { village, ...row } of rows) found.get(Number(village))!.push(row);
  return found;
}

const CONFIRMED_VILLAGES = `select distinct "village_id" as "village" from "settlement" where "year" = ? and "status" in (${CONFIRMED_STATUSES.map(() => '?').join(', ')})`;

/**
 * Other villages' confirmed outcome rows of the year whose ID number is on the roster of the year of one of `n`
 * villages, each row with the roster's village. The plan goes from the roster to `settlement_outcome (id_number,
 * settlement_id)`, an index that answers which settlements hold a number without reading the (wide) outcome rows,
 * so it costs one index probe per member whatever the number of settlements in the region (SQLite takes CROSS
 * JOINs' tables in the order written; without it, it started from the year's confirmed settlements and read all
 * their outcome rows). Plain SQL: the query builder cost more than the query.
 */
const elsewhereOf = (n: number) => `select m."village_id" as "village", o."id_number" as "idNumber", v."code" as "code", v."name" as "name"
  from "member" m
  cross join "settlement_outcome" o
  cross join "settlement" s
  cross join "village" v
  where o."id_number" = m."id_number" and s."id" = o."settlement_id" and v."id" = s."village_id" and m."village_id" in (${Array(n).fill('?').join(', ')}) and m."year" = ? and s."year" = ? and s."village_id" <> m."village_id"
    and s."status" in (${CONFIRMED_STATUSES.map(() => '?').join(', ')})`;

/** A warning for each member settled now (`idNumbers`, in the order evaluated) who is among `rows`. */
export function crossVillageWarnings(rows: readonly SettledElsewhere[], year: number, idNumbers: readonly string[]): RowIssue[] {
  const elsewhere = new Map<string, string>();
  for (const r of rows) if (!elsewhere.has(r.idNumber)) elsewhere.set(r.idNumber, `${r.name}（${r.code}）`);
  return idNumbers.flatMap((idNumber, index) => {
    const where = elsewhere.get(idNumber);
    if (!where) return [];
    const message = `此人已在${where}${year}年度已确认的结算中，请核实是否重复享受集体补助；如确有其他来源的补助，请在 priorCredit 中填写`;
    return [{ index, idNumber, field: 'idNumber', code: 'SETTLED_IN_OTHER_VILLAGE', message }];
  });
}
