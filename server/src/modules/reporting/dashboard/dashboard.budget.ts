/**
 * Which villages' schemes pay for the year, and with what budget (RULESET.md `budget`; absent: none), read
 * from the filed versions' documents with a JSON expression (no whole documents loaded), then chosen as
 * scheme.paying.ts does.
 */
import { jsonField, type Knex } from '../../../adapter/index.js';
import { payingScheme, yuanToFen } from '@cunce/rules';
import type { Em } from '../../../db/orm.js';
import type { SchemeStatus } from '../../lifecycle/scheme/scheme.transitions.js';
import type { DashboardScope } from './dashboard.scope.js';
import { inScope } from './dashboard.sql.js';

export interface Paying {
  /** The paying version's budget in fen; null when it sets none. */
  budgetFen: number | null;
}

interface Candidate {
  villageId: number;
  year: number;
  status: SchemeStatus;
  filedVersion: { year: number; lastYear: number | null };
  budgetFen: number | null;
}

export async function payingBudgets(em: Em, knex: Knex, scope: DashboardScope, year: number): Promise<Map<number, Paying>> {
  const q = knex('scheme as s')
    .join('rule_set_version as r', (on) => on.on('r.scheme_id', '=', 's.id').andOn('r.version', '=', 's.filed_version'))
    .select('s.village_id', 's.year', 's.status', {
      docYear: jsonField(em, 'r.rule_set', 'year'),
      docLastYear: jsonField(em, 'r.rule_set', 'lastYear'),
      budget: jsonField(em, 'r.rule_set', 'budget'),
    })
    .where('s.year', '<=', year);
  const rows: { village_id: number; year: number; status: SchemeStatus; docYear: unknown; docLastYear: unknown; budget: unknown }[] =
    await inScope(knex, q, 's.village_id', scope);
  const byVillage = new Map<number, Candidate[]>();
  for (const r of rows) {
    const candidate: Candidate = {
      villageId: Number(r.village_id),
      year: Number(r.year),
      status: r.status,
      filedVersion: { year: Number(r.docYear), lastYear: r.docLastYear == null ? null : Number(r.docLastYear) },
      budgetFen: r.budget == null ? null : yuanToFen(Number(r.budget)),
    };
    byVillage.set(candidate.villageId, [...(byVillage.get(candidate.villageId) ?? []), candidate]);
  }
  const out = new Map<number, Paying>();
  for (const [villageId, candidates] of byVillage) {
    const paying = payingScheme(candidates, year);
    if (paying) out.set(villageId, { budgetFen: paying.budgetFen });
  }
  return out;
}
