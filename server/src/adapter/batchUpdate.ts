/**
 * Rewrites rows by id, each with the same properties (mapped as in batchInsert), in one statement: on SQLite
 * `update … from json_each(?)`, on PostgreSQL inside a transaction `update … from unnest(…)`; elsewhere one
 * UPDATE a row.
 */
import type { EntityClass } from '@mikro-orm/core';
import { SqlitePlatform } from '@mikro-orm/sqlite';
import { columnsOf, sqliteValue, valueOf, type Column, type RowOf } from './columns.js';
import { pgConnection, quote, runRaw } from './driverRaw.js';
import type { Em } from './orm.types.js';

export async function batchUpdate<T extends object>(
  em: Em,
  entity: EntityClass<T>,
  rows: readonly ({ id: number } & RowOf<T>)[],
): Promise<void> {
  if (rows.length === 0) return;
  const table = quote(em.getMetadata().get(entity.name).tableName);
  const columns = columnsOf(em, entity, ['id', ...Object.keys(rows[0]!).filter((name) => name !== 'id')]);
  const platform = em.getPlatform();
  const set = (from: (c: Column, i: number) => string) =>
    columns.flatMap((c, i) => (i === 0 ? [] : [`${quote(c.field)} = ${from(c, i)}`])).join(', ');
  if (platform instanceof SqlitePlatform) {
    const values = JSON.stringify(rows.map((row) => columns.map((c) => sqliteValue(c, row, platform))));
    const sql = `update ${table} set ${set((_, i) => `j.value ->> ${i}`)} from json_each(?) as j where ${table}."id" = j.value ->> 0`;
    return runRaw(em, sql, [values]);
  }
  const pg = await pgConnection(em);
  if (!pg) {
    for (const row of rows) await updateRow(em, entity, row.id, row);
    return;
  }
  const arrays = columns.map((c) => rows.map((row) => valueOf(c, row, platform)));
  const unnest = columns.map((c, i) => `$${i + 1}::${c.columnType}[]`).join(', ');
  const names = columns.map((c) => quote(c.field)).join(', ');
  await pg.query(
    `update ${table} as t set ${set((c) => `v.${quote(c.field)}`)} from unnest(${unnest}) as v(${names}) where t."id" = v."id"`,
    arrays,
  );
}

/** Updates one row by id with the given properties (mapped as in batchInsert). */
export async function updateRow<T extends object>(em: Em, entity: EntityClass<T>, id: number, row: RowOf<T>): Promise<void> {
  const knex = em.getTransactionContext() ?? em.getKnex();
  const table = em.getMetadata().get(entity.name).tableName;
  const values: Record<string, unknown> = {};
  for (const c of columnsOf(
    em,
    entity,
    Object.keys(row).filter((name) => name !== 'id'),
  ))
    values[c.field] = valueOf(c, row, em.getPlatform());
  await knex(table).where({ id }).update(values);
}
