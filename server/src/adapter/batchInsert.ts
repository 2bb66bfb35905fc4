/**
 * Plain batched INSERTs for large row sets (rosters, settlement outcomes) inside the caller's transaction,
 * bypassing the unit of work, which is slow for thousands of entities. Rows are given by property name and
 * mapped to columns through the entity metadata; JSON properties are serialised and dates converted as the
 * platform stores them. The statement text is written here once per batch size (one `(?, …)` group a row)
 * rather than by the query builder, which quotes every value of every row.
 */
import type { EntityClass } from '@mikro-orm/core';
import { quote, runRaw } from './driverRaw.js';
import type { Em } from './orm.types.js';

/** 1,000 rows × ~16 columns stays under SQLite's (32,766) and PostgreSQL's (65,535) bound-parameter limits. */
const BATCH = 1000;

export type RowOf<T> = { [K in keyof T]?: unknown };

export async function batchInsert<T extends object>(em: Em, entity: EntityClass<T>, rows: readonly RowOf<T>[]): Promise<void> {
  if (rows.length === 0) return;
  const meta = em.getMetadata().get(entity.name);
  const names = Object.keys(rows[0]!);
  const columns = columnsOf(em, entity, names);
  const head = `insert into ${quote(meta.tableName)} (${columns.map((c) => quote(c.field)).join(', ')}) values `;
  const group = `(${columns.map(() => '?').join(', ')})`;
  const platform = em.getPlatform();
  for (let start = 0; start < rows.length; start += BATCH) {
    const chunk = rows.slice(start, start + BATCH);
    const bindings: unknown[] = [];
    for (const row of chunk) {
      for (let i = 0; i < names.length; i++)
        bindings.push(convert(columns[i]!.type, (row as Record<string, unknown>)[names[i]!], platform));
    }
    await runRaw(em, head + Array(chunk.length).fill(group).join(', '), bindings);
  }
}

/** Updates one row by id with the given properties (mapped as in batchInsert). */
export async function updateRow<T extends object>(em: Em, entity: EntityClass<T>, id: number, row: RowOf<T>): Promise<void> {
  const knex = em.getTransactionContext() ?? em.getKnex();
  const table = em.getMetadata().get(entity.name).tableName;
  const names = Object.keys(row);
  const columns = columnsOf(em, entity, names);
  const values: Record<string, unknown> = {};
  names.forEach(
    (name, i) => (values[columns[i]!.field] = convert(columns[i]!.type, (row as Record<string, unknown>)[name], em.getPlatform())),
  );
  await knex(table).where({ id }).update(values);
}

function columnsOf<T extends object>(em: Em, entity: EntityClass<T>, names: readonly string[]): { field: string; type: string }[] {
  const { properties } = em.getMetadata().get(entity.name);
  return names.map((name) => {
    const prop = properties[name as keyof T & string];
    if (!prop) throw new Error(`${entity.name} has no property ${name}`);
    return { field: prop.fieldNames[0]!, type: prop.type };
  });
}

function convert(type: string, value: unknown, platform: { processDateProperty(v: unknown): unknown }): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'json' || type === 'JsonType') return JSON.stringify(value);
  if (value instanceof Date) return platform.processDateProperty(value);
  return value;
}
