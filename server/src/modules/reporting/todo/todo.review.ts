/**
 * The officers' and the agency's 待办 (issue 14 item 6), counted and listed in SQL within the user's area: filings
 * and suspensions awaiting the user's department in the current round, and confirmed settlements awaiting the
 * agency's acceptance.
 */
import { fenToYuan } from '@cunce/rules';
import type { Em } from '../../../db/orm.js';
import type { Department } from '../../reference/user/department.js';
import { aggregateNumber as num, queryBuilder, type Knex } from '../../../adapter/index.js';
import { task, type TaskType } from './todo.types.js';

export interface Found {
  total: number;
  items: TaskType[];
}

type Area = { level: 'TOWNSHIP' | 'COUNTY'; code: string } | null;

/** Restricts `q` (aliases v: village, t: township) to the area; null: the region. */
function inArea(q: Knex.QueryBuilder, area: Area): Knex.QueryBuilder {
  if (!area) return q;
  if (area.level === 'TOWNSHIP') return q.where('t.code', area.code);
  return q.join('county as c', 'c.id', 't.county_id').where('c.code', area.code);
}

export async function filingsAwaiting(em: Em, department: Department, area: Area, limit: number): Promise<Found> {
  const knex = queryBuilder(em);
  const receipt = knex('filing_receipt as r')
    .select(knex.raw('1'))
    .whereRaw('r.scheme_id = s.id and r.round = s.filing_round')
    .where('r.department', department)
    .whereRaw(`r.kind = case when s.status = 'SUSPENDED' then 'SUSPENSION' else 'FILING' end`);
  const statuses = department === 'TOWNSHIP' ? ['SUBMITTED'] : ['SUBMITTED', 'SUSPENDED'];
  const base = inArea(knex('scheme as s').join('village as v', 'v.id', 's.village_id').join('township as t', 't.id', 'v.township_id'), area)
    .whereIn('s.status', statuses)
    .whereNotExists(receipt);
  const [{ n }] = await base.clone().count({ n: '*' });
  const rows: { code: string; name: string; year: number; status: string; version: number }[] = await base
    .clone()
    .select('v.code', 'v.name', 's.year', 's.status', 's.current_version as version')
    .orderBy('s.updated_at', 'asc')
    .limit(limit);
  const items = rows.map((r) => {
    const suspension = r.status === 'SUSPENDED';
    return task({
      villageCode: r.code,
      villageName: r.name,
      year: num(r.year),
      place: '决议与备案',
      title: suspension ? `签收${r.name}暂停实施` : `签收${r.name}的备案`,
      reason: suspension
        ? `${r.name}申请暂停实施${r.year}年补助标准，等您签收`
        : `${r.name}报送了${r.year}年补助标准第${r.version}版，等您签收或退回`,
    });
  });
  return { total: num(n), items };
}

export async function settlementsToAccept(em: Em, area: Area, limit: number): Promise<Found> {
  const knex = queryBuilder(em);
  const base = inArea(
    knex('settlement as st').join('village as v', 'v.id', 'st.village_id').join('township as t', 't.id', 'v.township_id'),
    area,
  ).where('st.status', 'CONFIRMED');
  const [{ n }] = await base.clone().count({ n: '*' });
  const rows: { code: string; name: string; year: number; eligible: number; collective: number }[] = await base
    .clone()
    .select('v.code', 'v.name', 'st.year', 'st.eligible_count as eligible', 'st.collective_fen as collective')
    .orderBy('st.id', 'asc')
    .limit(limit);
  const items = rows.map((r) =>
    task({
      villageCode: r.code,
      villageName: r.name,
      year: num(r.year),
      place: '结算',
      title: `受理${r.name}${r.year}年结算`,
      reason: `村集体已确认：${num(r.eligible)}人，集体补助共${fenToYuan(num(r.collective)).toLocaleString('en-US')}元，等您受理`,
    }),
  );
  return { total: num(n), items };
}
