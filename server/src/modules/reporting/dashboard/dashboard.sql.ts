/** The dashboard's scope as SQL, shared by its aggregate queries (built with the adapter's query builder). */
import type { Knex } from '../../../adapter/index.js';
import type { DashboardScope } from './dashboard.scope.js';

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
