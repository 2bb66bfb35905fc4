/**
 * Plain batched INSERTs for large row sets (rosters, settlement outcomes) inside the caller's transaction,
 * bypassing the unit of work, which is slow for thousands of entities. Rows are given by property name and
 * mapped to columns through the entity metadata; JSON properties are serialised and dates converted as the
 * platform stores them. Values that every row shares (`shared`: the village and year of a roster, the
 * settlement of its outcome rows) are bound once rather than carried by every row.
 * All the rows go in one statement with one parameter that carries them as JSON:
 * - SQLite: a JSON array of the rows' value arrays, `insert … select ?, value ->> 0, value ->> 1, … from
 *   json_each(?)`: sqlite3 binds 15,000 parameters of a VALUES list on the event loop's thread for longer than
 *   SQLite takes to read them from JSON; each `->>` reads its row again, so the fewer columns a row, the better.
 * - PostgreSQL: a JSON array of the rows as objects, `insert … select $1, x.* from json_to_recordset($2::json)
 *   as x("col" type, …)`. PostgreSQL parses and plans a VALUES list of 12,000 parameters for longer than it takes
 *   to insert the rows, and node-postgres writes one array parameter a column (unnest) by escaping every element
 *   on the event loop's thread (7 to 10 ms for a village's 850 outcome rows; JSON.stringify takes about 2).
 */
import type { EntityClass } from '@mikro-orm/core';
import { SqlitePlatform } from '@mikro-orm/sqlite';
import { allRaw, pgConnection, quote, runRaw } from './driverRaw.js';
import { columnsOf, rowsJson, sqliteValue, valueOf, type Column, type RowOf } from './columns.js';
import type { Em } from './orm.types.js';

export async function batchInsert<T extends object>(
  em: Em,
  entity: EntityClass<T>,
  rows: readonly RowOf<T>[],
  shared: RowOf<T> = {},
): Promise<void> {
  if (rows.length === 0) return;
  const columns = columnsOf(em, entity, Object.keys(rows[0]!));
  const platform = em.getPlatform();
  const kind = platform instanceof SqlitePlatform ? 'sqlite' : 'postgres';
  await insertRowsJsonParts(em, entity, columns, [{ json: rowsJson(columns, rows, kind, platform), shared }]);
}

/**
 * batchInsert's statement with its rows already as the JSON parameter (`rowsJson` of `columns`, made where the rows
 * were: a worker thread hands over one text instead of the rows), for several sets of rows at once (`union all` of
 * each part's select): each part its JSON and its shared values (the same properties in every part), e.g. the
 * outcome rows of a chunk's settlements. On SQLite the JSON may come as its UTF-8 bytes (bound as a BLOB and read as
 * text).
 */
export async function insertRowsJsonParts<T extends object>(
  em: Em,
  entity: EntityClass<T>,
  columns: readonly Column[],
  parts: readonly { json: string | Uint8Array; shared: RowOf<T> }[],
): Promise<void> {
  if (parts.length === 0) return;
  const common = columnsOf(em, entity, Object.keys(parts[0]!.shared));
  const into = `insert into ${quote(em.getMetadata().get(entity.name).tableName)} (${[...common, ...columns].map((c) => quote(c.field)).join(', ')})`;
  const platform = em.getPlatform();
  if (platform instanceof SqlitePlatform) {
    const select = [...common.map(() => '?'), ...columns.map((_, i) => `value ->> ${i}`)].join(', ');
    const sql = parts
      .map((p) => `select ${select} from json_each(${typeof p.json === 'string' ? '?' : 'cast(? as text)'})`)
      .join(' union all ');
    const bindings = parts.flatMap((p) => [...common.map((c) => sqliteValue(c, p.shared, platform)), blobOrText(p.json)]);
    return runRaw(em, `${into} ${sql}`, bindings);
  }
  const bindings = parts.flatMap((p) => [...common.map((c) => valueOf(c, p.shared, platform)), text(p.json)]);
  const pg = await pgConnection(em);
  let n = 0;
  const mark = () => (pg ? `$${++n}` : '?');
  const as = columns.map((c) => `${quote(c.field)} ${c.columnType}`).join(', ');
  const selects = parts.map(() => {
    const values = [...common.map((c) => `${mark()}::${c.columnType}`), ...columns.map((c) => `x.${quote(c.field)}`)].join(', ');
    return `select ${values} from json_to_recordset(${mark()}::json) as x(${as})`;
  });
  const sql = `${into} ${selects.join(' union all ')}`;
  if (pg) await pg.query(sql, bindings);
  else await runRaw(em, sql, bindings);
}

/** Bytes as the Buffer sqlite3 binds as a BLOB (a view of the same memory, not a copy). */
const blobOrText = (json: string | Uint8Array) =>
  typeof json === 'string' ? json : Buffer.from(json.buffer, json.byteOffset, json.byteLength);

const text = (json: string | Uint8Array) => blobOrText(json).toString();

/**
 * Rows inserted at once in the caller's transaction, without the unit of work (whose flush compares every entity it
 * manages), with the generated primary key and the `key` property of each (`insert … values … returning`, both
 * databases; several rows come back in no set order, hence the key).
 */
export async function insertReturningIds<T extends object>(
  em: Em,
  entity: EntityClass<T>,
  rows: readonly RowOf<T>[],
  key?: string,
): Promise<{ id: number; key: unknown }[]> {
  if (rows.length === 0) return [];
  const meta = em.getMetadata().get(entity.name);
  const columns = columnsOf(em, entity, Object.keys(rows[0]!));
  const pk = meta.getPrimaryProps()[0]!.fieldNames[0]!;
  const keyField = key ? columnsOf(em, entity, [key])[0]!.field : pk;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const sql = `insert into ${quote(meta.tableName)} (${columns.map((c) => quote(c.field)).join(', ')}) values ${rows.map(() => tuple).join(', ')} returning ${quote(pk)} as "id", ${quote(keyField)} as "key"`;
  const platform = em.getPlatform();
  const found = await allRaw<{ id: unknown; key: unknown }>(
    em,
    sql,
    rows.flatMap((row) => columns.map((c) => valueOf(c, row, platform))),
  );
  return found.map((r) => ({ id: Number(r.id), key: r.key }));
}

/** One row inserted as insertReturningIds does; gives its generated primary key. */
export async function insertReturningId<T extends object>(em: Em, entity: EntityClass<T>, row: RowOf<T>): Promise<number> {
  const [inserted] = await insertReturningIds(em, entity, [row]);
  return inserted!.id;
}
