/** SQL helpers shared by the dashboard's aggregate queries, for SQLite and PostgreSQL alike. */
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/sqlite';
import type { Em } from '../../../db/orm.js';
import type { DashboardScope } from './dashboard.scope.js';

export function knexOf(em: Em): Knex {
  return (em.getTransactionContext() as Knex | undefined) ?? em.getKnex();
}

/** The ids of the villages in the scope (null for the region: no filter needed). */
export function scopeVillageIds(knex: Knex, scope: DashboardScope): Knex.QueryBuilder | null {
  if (scope.level === 'REGION') return null;
  const q = knex('village as sv').join('township as st', 'st.id', 'sv.township_id').select('sv.id');
  return scope.level === 'TOWNSHIP'
    ? q.where('st.code', scope.code)
    : q.join('county as sc', 'sc.id', 'st.county_id').where('sc.code', scope.code);
}

/** Restricts `q` to rows whose `column` (a village id) lies in the scope. */
export function inScope(knex: Knex, q: Knex.QueryBuilder, column: string, scope: DashboardScope): Knex.QueryBuilder {
  const ids = scopeVillageIds(knex, scope);
  return ids ? q.whereIn(column, ids) : q;
}

/** A top-level field of a JSON column, as text (PostgreSQL) or its JSON value (SQLite). */
export function jsonField(em: Em, knex: Knex, column: string, key: string): Knex.Raw {
  return em.getPlatform() instanceof PostgreSqlPlatform
    ? knex.raw(`??->>?`, [column, key])
    : knex.raw(`json_extract(??, ?)`, [column, `$.${key}`]);
}

/** A count or sum as a number (PostgreSQL returns bigint and numeric aggregates as strings). */
export const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
