/**
 * Plain batched INSERTs for large row sets (rosters, settlement outcomes) inside the caller's transaction,
 * bypassing the unit of work, which is slow for thousands of entities. Rows are given by property name and
 * mapped to columns through the entity metadata; JSON properties are serialised and dates converted as the
 * platform stores them.
 * - SQLite: all the rows in one statement with one parameter, a JSON array of the rows' value arrays,
 *   `insert … select value ->> 0, value ->> 1, … from json_each(?)`: sqlite3 binds 15,000 parameters of a
 *   VALUES list on the event loop's thread for longer than SQLite takes to read them from JSON.
 * - PostgreSQL, inside a transaction: all the rows in one statement with one array parameter a column,
 *   `insert … select * from unnest($1::int[], $2::varchar(18)[], …)`. PostgreSQL parses and plans a VALUES
 *   list of 12,000 parameters for longer than it takes to insert the rows.
 * - PostgreSQL outside a transaction: VALUES lists of BATCH rows (the statement text written here once per
 *   batch size rather than by the query builder, which quotes every value of every row).
 */
import type { EntityClass } from '@mikro-orm/core';
import { SqlitePlatform } from '@mikro-orm/sqlite';
import { allRaw, pgConnection, quote, runRaw, type PgClient } from './driverRaw.js';
import { columnsOf, sqliteValue, valueOf, type Column, type Platform, type RowOf } from './columns.js';
import type { Em } from './orm.types.js';

/** 1,000 rows × ~16 columns stays under SQLite's (32,766) and PostgreSQL's (65,535) bound-parameter limits. */
const BATCH = 1000;

export async function batchInsert<T extends object>(em: Em, entity: EntityClass<T>, rows: readonly RowOf<T>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = columnsOf(em, entity, Object.keys(rows[0]!));
  const into = `insert into ${quote(em.getMetadata().get(entity.name).tableName)} (${columns.map((c) => quote(c.field)).join(', ')})`;
  const platform = em.getPlatform();
  if (platform instanceof SqlitePlatform) return jsonInsert(em, into, columns, rows, platform);
  const pg = await pgConnection(em);
  if (pg) return unnestInsert(pg, into, columns, rows, platform);
  const group = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += BATCH) {
    const chunk = rows.slice(start, start + BATCH);
    const bindings: unknown[] = [];
    for (const row of chunk) for (const c of columns) bindings.push(valueOf(c, row, platform));
    await runRaw(em, `${into} values ${Array(chunk.length).fill(group).join(', ')}`, bindings);
  }
}

/**
 * One row inserted at once in the caller's transaction, without the unit of work (whose flush compares every
 * entity it manages); gives the generated primary key. `insert … returning` on both databases.
 */
export async function insertReturningId<T extends object>(em: Em, entity: EntityClass<T>, row: RowOf<T>): Promise<number> {
  const meta = em.getMetadata().get(entity.name);
  const columns = columnsOf(em, entity, Object.keys(row));
  const pk = meta.getPrimaryProps()[0]!.fieldNames[0]!;
  const sql = `insert into ${quote(meta.tableName)} (${columns.map((c) => quote(c.field)).join(', ')}) values (${columns.map(() => '?').join(', ')}) returning ${quote(pk)} as "id"`;
  const platform = em.getPlatform();
  const [inserted] = await allRaw<{ id: unknown }>(
    em,
    sql,
    columns.map((c) => valueOf(c, row, platform)),
  );
  return Number(inserted!.id);
}

async function unnestInsert(pg: PgClient, into: string, columns: Column[], rows: readonly object[], platform: Platform): Promise<void> {
  const arrays = columns.map((c) => rows.map((row) => valueOf(c, row, platform)));
  await pg.query(`${into} select * from unnest(${columns.map((c, i) => `$${i + 1}::${c.columnType}[]`).join(', ')})`, arrays);
}

async function jsonInsert(em: Em, into: string, columns: Column[], rows: readonly object[], platform: Platform): Promise<void> {
  const values = rows.map((row) => columns.map((c) => sqliteValue(c, row, platform)));
  await runRaw(em, `${into} select ${columns.map((_, i) => `value ->> ${i}`).join(', ')} from json_each(?)`, [JSON.stringify(values)]);
}
