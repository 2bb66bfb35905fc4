/**
 * Hand-written SQL for what the unit of work does not express (aggregates over the region, atomic counters),
 * on the caller's transaction when there is one: the knex query builder, raw statements with named bindings,
 * and what differs between SQLite and PostgreSQL in what they take and give (JSON fields, aggregate numbers,
 * dates in raw rows). Modules build their queries with these and never reach for knex, the transaction
 * context or the platform themselves.
 */
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/sqlite';
import type { Em } from './orm.types.js';

export type { Knex };

/** The query builder of the em's transaction, or of the em outside one. */
export function queryBuilder(em: Em): Knex {
  return (em.getTransactionContext() as Knex | undefined) ?? (em.getKnex() as unknown as Knex);
}

/**
 * Runs a statement with named bindings (`:name`) and gives its rows (those of `returning` for an insert or an
 * update), whichever the driver: PostgreSQL answers `{ rows }`, SQLite the rows themselves.
 */
export async function namedRaw<R>(em: Em, sql: string, bindings: Record<string, unknown>): Promise<R[]> {
  const result: unknown = await queryBuilder(em).raw(sql, bindings);
  return (Array.isArray(result) ? result : (result as { rows: R[] }).rows) as R[];
}

/**
 * A statement with named bindings that changes rows (`delete`, an `update` without `returning`), run through MikroORM's
 * knex: the number of rows it changed (SQLite's `changes`, PostgreSQL's `rowCount`).
 */
export async function namedRun(em: Em, sql: string, bindings: Record<string, unknown>): Promise<number> {
  const result = (await queryBuilder(em).raw(sql, bindings)) as { changes?: number; rowCount?: number } | undefined;
  return Number(result?.changes ?? result?.rowCount ?? 0);
}

/** A top-level field of a JSON column, as text (PostgreSQL) or its JSON value (SQLite). */
export function jsonField(em: Em, column: string, key: string): Knex.Raw {
  const knex = queryBuilder(em);
  return em.getPlatform() instanceof PostgreSqlPlatform
    ? knex.raw(`??->>?`, [column, key])
    : knex.raw(`json_extract(??, ?)`, [column, `$.${key}`]);
}

/** A count or sum as a number (PostgreSQL returns bigint and numeric aggregates as strings); none is 0. */
export const aggregateNumber = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

/** A datetime as a raw statement returns it: SQLite's milliseconds, or PostgreSQL's text (MikroORM parses no dates there). */
export function rawDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === 'number' || /^\d+(\.\d+)?$/.test(String(value))) return new Date(Number(value));
  return new Date(
    String(value)
      .replace(' ', 'T')
      .replace(/([+-]\d\d)$/, '$1:00'),
  );
}
