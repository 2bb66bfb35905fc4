/**
 * Plain batched INSERTs for large row sets (rosters, settlement outcomes) inside the caller's transaction,
 * bypassing the unit of work, which is slow for thousands of entities. Rows are given by property name and
 * mapped to columns through the entity metadata; JSON properties are serialised and dates converted as the
 * platform stores them.
 */
import type { EntityClass } from '@mikro-orm/core';
import type { Em } from './orm.js';

/** 500 rows × ~20 columns stays well under SQLite's and PostgreSQL's limits on bound parameters. */
const BATCH = 500;

export type RowOf<T> = { [K in keyof T]?: unknown };

export async function batchInsert<T extends object>(em: Em, entity: EntityClass<T>, rows: readonly RowOf<T>[]): Promise<void> {
  const toColumns = columnMapper(em, entity);
  const knex = em.getTransactionContext() ?? em.getKnex();
  const table = em.getMetadata().get(entity.name).tableName;
  for (let i = 0; i < rows.length; i += BATCH) {
    await knex(table).insert(rows.slice(i, i + BATCH).map(toColumns));
  }
}

/** Updates one row by id with the given properties (mapped as in batchInsert). */
export async function updateRow<T extends object>(em: Em, entity: EntityClass<T>, id: number, row: RowOf<T>): Promise<void> {
  const knex = em.getTransactionContext() ?? em.getKnex();
  const table = em.getMetadata().get(entity.name).tableName;
  await knex(table).where({ id }).update(columnMapper(em, entity)(row));
}

function columnMapper<T extends object>(em: Em, entity: EntityClass<T>): (row: RowOf<T>) => Record<string, unknown> {
  const { properties } = em.getMetadata().get(entity.name);
  const platform = em.getPlatform();
  return (row) => {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(row)) {
      const prop = properties[name as keyof T & string];
      if (!prop) throw new Error(`${entity.name} has no property ${name}`);
      out[prop.fieldNames[0]!] = convert(prop.type, value, platform);
    }
    return out;
  };
}

function convert(type: string, value: unknown, platform: { processDateProperty(v: unknown): unknown }): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'json' || type === 'JsonType') return JSON.stringify(value);
  if (value instanceof Date) return platform.processDateProperty(value);
  return value;
}
