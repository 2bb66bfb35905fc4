/** A year's dashboard for a scope: a handful of aggregate queries, then sums per row and for the scope. */
import { queryBuilder } from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';
import { County } from '../../reference/division/county.entity.js';
import type { SchemeStatus } from '../../lifecycle/scheme/scheme.transitions.js';
import { payingBudgets } from './dashboard.budget.js';
import { addFigures, emptyFigures, villageFigures, type Figures } from './dashboard.figures.js';
import {
  countedPostings,
  countedSettlements,
  draftSettlements,
  rosterCounts,
  villageRows,
  type CountedSettlement,
  type PostingSums,
  type SettledSums,
} from './dashboard.queries.js';
import type { DashboardScope } from './dashboard.scope.js';

export interface DashboardRow {
  level: 'COUNTY' | 'VILLAGE';
  code: string;
  name: string;
  /** Village rows: the township's name and the scheme's status (null: no scheme). */
  townshipName: string | null;
  schemeStatus: SchemeStatus | null;
  figures: Figures;
}

export interface Dashboard {
  year: number;
  scope: DashboardScope;
  totals: Figures;
  /** The region: one row per county; a county or township: one row per village. */
  rows: DashboardRow[];
}

export async function dashboard(em: Em, scope: DashboardScope, year: number): Promise<Dashboard> {
  const knex = queryBuilder(em);
  const [villages, roster, counted, postings, drafts, paying] = await Promise.all([
    villageRows(knex, scope, year),
    rosterCounts(knex, scope, year),
    countedSettlements(knex, scope, year),
    countedPostings(knex, scope, year),
    draftSettlements(knex, scope, year),
    payingBudgets(em, knex, scope, year),
  ]);
  const settled = perVillageSums(counted, postings);
  const perVillage = villages.map((village) => ({
    village,
    figures: villageFigures({
      village,
      roster: roster.get(village.id) ?? 0,
      settled: settled.get(village.id)?.settled,
      postings: settled.get(village.id)?.postings,
      draft: drafts.get(village.id),
      paying: paying.get(village.id),
    }),
  }));
  const totals = perVillage.reduce((t, v) => addFigures(t, v.figures), emptyFigures());
  if (scope.level !== 'REGION') {
    const rows = perVillage.map(({ village, figures }) => ({
      level: 'VILLAGE' as const,
      code: village.code,
      name: village.name,
      townshipName: village.townshipName,
      schemeStatus: village.status,
      figures,
    }));
    return { year, scope, totals, rows };
  }
  const counties = await em.find(County, {}, { orderBy: { code: 'asc' } });
  const byCounty = new Map(counties.map((c) => [c.code, emptyFigures()]));
  for (const v of perVillage) addFigures(byCounty.get(v.village.countyCode)!, v.figures);
  const rows = counties.map((c) => ({
    level: 'COUNTY' as const,
    code: c.code,
    name: c.name,
    townshipName: null,
    schemeStatus: null,
    figures: byCounty.get(c.code)!,
  }));
  return { year, scope, totals, rows };
}

/** The counted settlements' sums and their postings' sums, added up per village. */
function perVillageSums(
  counted: readonly CountedSettlement[],
  postings: ReadonlyMap<number, PostingSums>,
): Map<number, { settled: SettledSums; postings: PostingSums }> {
  const add = (into: SettledSums, s: SettledSums) => {
    into.members += s.members;
    into.eligible += s.eligible;
    into.collectiveFen += s.collectiveFen;
  };
  const zero = (): SettledSums => ({ members: 0, eligible: 0, collectiveFen: 0 });
  const out = new Map<number, { settled: SettledSums; postings: PostingSums }>();
  for (const s of counted) {
    const v = out.get(s.villageId) ?? { settled: zero(), postings: {} };
    add(v.settled, s);
    for (const [status, sums] of Object.entries(postings.get(s.id) ?? {}) as [keyof PostingSums, SettledSums][])
      add((v.postings[status] ??= zero()), sums);
    out.set(s.villageId, v);
  }
  return out;
}
