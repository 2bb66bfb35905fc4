/** The warning for a person already in another village's confirmed settlement of the year (API.md). */
import type { RowIssue } from '@cunce/rules';
import type { Em } from '../../db/orm.js';
import type { Village } from '../division/village.entity.js';
import { CONFIRMED_STATUSES } from './settlement.repository.js';
import { SettlementOutcome } from './settlementOutcome.entity.js';
import { Member } from '../roster/member.entity.js';

/**
 * One query: the outcome rows of other villages' confirmed settlements of the year whose ID number is on this
 * village's roster of the year; then a warning for each member settled now who is among them.
 */
export async function crossVillageWarnings(em: Em, village: Village, year: number, idNumbers: readonly string[]): Promise<RowIssue[]> {
  const roster = em.createQueryBuilder(Member, 'm').select('m.idNumber').where({ village: village.id, year });
  const rows: { idNumber: string; code: string; name: string }[] = await em
    .createQueryBuilder(SettlementOutcome, 'o')
    .select(['o.idNumber', 'v.code', 'v.name'])
    .join('o.settlement', 's')
    .join('s.village', 'v')
    .where({ idNumber: { $in: roster.getKnexQuery() }, settlement: { year, status: { $in: [...CONFIRMED_STATUSES] }, village: { $ne: village.id } } })
    .execute('all');
  const elsewhere = new Map<string, string>();
  for (const r of rows) if (!elsewhere.has(r.idNumber)) elsewhere.set(r.idNumber, `${r.name}（${r.code}）`);
  return idNumbers.flatMap((idNumber, index) => {
    const where = elsewhere.get(idNumber);
    if (!where) return [];
    const message = `此人已在${where}${year}年度已确认的结算中，请核实是否重复享受集体补助；如确有其他来源的补助，请在 priorCredit 中填写`;
    return [{ index, idNumber, field: 'idNumber', code: 'SETTLED_IN_OTHER_VILLAGE', message }];
  });
}
