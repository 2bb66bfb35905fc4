/**
 * The dashboard's aggregate queries, each grouped by village (at most one row per village: ~2,200 for the
 * region), never reading outcome rows. A village-year's settlements that count are its latest confirmed
 * (or accepted) full settlement and the supplementary ones confirmed after it; drafts are counted apart.
 */
import { aggregateNumber as num, type Knex } from '../../../adapter/index.js';
import { CONFIRMED_STATUSES } from '../../lifecycle/settlementRecord/settlement.repository.js';
import type { SchemeStatus } from '../../lifecycle/scheme/scheme.transitions.js';
import type { PostingStatus } from '../../lifecycle/settlementRecord/posting.entity.js';
import type { DashboardScope } from './dashboard.scope.js';
import { inScope } from './dashboard.sql.js';

export interface VillageRow {
  id: number;
  code: string;
  name: string;
  townshipName: string;
  countyCode: string;
  /** The status of the scheme for the year (started that year, or a multi-year one covering it); null: none. */
  status: SchemeStatus | null;
}

/** The villages of the scope with their scheme's status, as the village page shows it. */
export async function villageRows(knex: Knex, scope: DashboardScope, year: number): Promise<VillageRow[]> {
  const applicable = knex('scheme')
    .select('village_id')
    .max({ y: 'year' })
    .where('year', '<=', year)
    .andWhereRaw('coalesce(last_year, year) >= ?', [year])
    .groupBy('village_id');
  const q = knex('village as v')
    .join('township as t', 't.id', 'v.township_id')
    .join('county as c', 'c.id', 't.county_id')
    .leftJoin(applicable.as('ms'), 'ms.village_id', 'v.id')
    .leftJoin('scheme as sch', (on) => on.on('sch.village_id', '=', 'v.id').andOn('sch.year', '=', 'ms.y'))
    .select('v.id', 'v.code', 'v.name', 't.name as townshipName', 'c.code as countyCode', 'sch.status')
    .orderBy('v.code');
  if (scope.level === 'COUNTY') q.where('c.code', scope.code);
  if (scope.level === 'TOWNSHIP') q.where('t.code', scope.code);
  const rows: VillageRow[] = await q;
  return rows.map((r) => ({ ...r, id: Number(r.id), status: r.status ?? null }));
}

/**
 * Members on the village's roster of the year. `+m.year` keeps SQLite from choosing the (year, idNumber) index,
 * which needs a table lookup per member (2.5 s for 1.9M), over the covering (village, year, idNumber) one (0.4 s).
 */
export async function rosterCounts(knex: Knex, scope: DashboardScope, year: number): Promise<Map<number, number>> {
  const q = knex('member as m').select('m.village_id').count({ n: '*' }).whereRaw('+m.year = ?', [year]).groupBy('m.village_id');
  const rows: { village_id: number; n: unknown }[] = await inScope(knex, q, 'm.village_id', scope);
  return new Map(rows.map((r) => [Number(r.village_id), num(r.n)]));
}

/** The settlements that count (see above) as `s`, in the scope. */
function counted(knex: Knex, scope: DashboardScope, year: number): Knex.QueryBuilder {
  const base = knex('settlement')
    .select('village_id')
    .max({ base_id: 'id' })
    .where('year', year)
    .whereIn('status', [...CONFIRMED_STATUSES])
    .andWhere('supplementary', false)
    .groupBy('village_id');
  const q = knex('settlement as s')
    .join(base.as('b'), (on) => on.on('b.village_id', '=', 's.village_id').andOn('s.id', '>=', 'b.base_id'))
    .where('s.year', year)
    .whereIn('s.status', [...CONFIRMED_STATUSES]);
  return inScope(knex, q, 's.village_id', scope);
}

export interface SettledSums {
  members: number;
  eligible: number;
  collectiveFen: number;
}

export interface CountedSettlement extends SettledSums {
  id: number;
  villageId: number;
}

/** The settlements that count, one row each (a few a village). */
export async function countedSettlements(knex: Knex, scope: DashboardScope, year: number): Promise<CountedSettlement[]> {
  const rows: { id: number; village_id: number; members: unknown; eligible: unknown; fen: unknown }[] = await counted(
    knex,
    scope,
    year,
  ).select('s.id', 's.village_id', 's.members_count as members', 's.eligible_count as eligible', 's.collective_fen as fen');
  return rows.map((r) => ({
    id: Number(r.id),
    villageId: Number(r.village_id),
    members: num(r.members),
    eligible: num(r.eligible),
    collectiveFen: num(r.fen),
  }));
}

export type PostingSums = Partial<Record<PostingStatus, SettledSums>>;

/**
 * The agency's postings in the settlements that count, per settlement and status: grouped in the order of the
 * covering (settlement, status, eligible, collectiveFen) index, so no posting row is read.
 */
export async function countedPostings(knex: Knex, scope: DashboardScope, year: number): Promise<Map<number, PostingSums>> {
  const rows: { settlement_id: number; status: PostingStatus; members: unknown; eligible: unknown; fen: unknown }[] = await knex(
    'posting as p',
  )
    .select('p.settlement_id', 'p.status')
    .count({ members: '*' })
    .sum({ eligible: knex.raw('case when p.eligible then 1 else 0 end'), fen: 'p.collective_fen' })
    .whereIn('p.settlement_id', counted(knex, scope, year).select('s.id'))
    .groupBy('p.settlement_id', 'p.status');
  const out = new Map<number, PostingSums>();
  for (const r of rows) {
    const sums = out.get(Number(r.settlement_id)) ?? {};
    sums[r.status] = { members: num(r.members), eligible: num(r.eligible), collectiveFen: num(r.fen) };
    out.set(Number(r.settlement_id), sums);
  }
  return out;
}

/** Draft settlements of the year (at most one a village), shown apart from the confirmed figures. */
export async function draftSettlements(knex: Knex, scope: DashboardScope, year: number): Promise<Map<number, SettledSums>> {
  const q = knex('settlement as s')
    .select('s.village_id')
    .sum({ members: 's.members_count', eligible: 's.eligible_count', fen: 's.collective_fen' })
    .where({ 's.year': year, 's.status': 'DRAFT' })
    .groupBy('s.village_id');
  const rows: { village_id: number; members: unknown; eligible: unknown; fen: unknown }[] = await inScope(knex, q, 's.village_id', scope);
  return new Map(
    rows.map((r) => [Number(r.village_id), { members: num(r.members), eligible: num(r.eligible), collectiveFen: num(r.fen) }]),
  );
}
