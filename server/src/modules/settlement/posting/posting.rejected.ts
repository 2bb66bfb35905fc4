/** The members the agency rejected in a village's year, with their names and whether they were settled again. */
import type { Em } from '../../../db/orm.js';
import type { Village } from '../../reference/division/village.entity.js';
import type { SettlementStatus } from '../../lifecycle/settlementRecord/settlement.entity.js';
import { SettlementOutcome } from '../../lifecycle/settlementRecord/settlementOutcome.entity.js';
import { Posting } from '../../lifecycle/settlementRecord/posting.entity.js';
import { postingKey } from '../../lifecycle/settlementRecord/settlement.repository.js';

export interface RejectedRow {
  posting: Posting;
  name: string | null;
  /** The latest later settlement of the village and year that holds the member again. */
  resettlement: { settlementId: number; status: SettlementStatus } | null;
}

/** Two queries: the rejected postings, then the outcome rows of the village-year with those ID numbers. */
export async function rejectedPostings(em: Em, village: Village, year: number): Promise<RejectedRow[]> {
  const postings = await em.find(
    Posting,
    { status: 'REJECTED', settlement: { village, year } },
    { populate: ['recordedBy'], orderBy: { id: 'asc' } },
  );
  if (postings.length === 0) return [];
  const rows: { idNumber: string; name: string | null; sid: number; status: SettlementStatus }[] = await em
    .createQueryBuilder(SettlementOutcome, 'o')
    .select(['o.idNumber', 'o.name', 's.id as sid', 's.status'])
    .join('o.settlement', 's')
    .where({ idNumber: { $in: [...new Set(postings.map((p) => p.idNumber))] }, settlement: { village: village.id, year } })
    .orderBy({ 's.id': 'asc' })
    .execute('all');
  const names = new Map(rows.map((r) => [postingKey(Number(r.sid), r.idNumber), r.name]));
  return postings.map((posting) => {
    const settlementId = posting.settlement.id;
    const later = rows.filter((r) => r.idNumber === posting.idNumber && Number(r.sid) > settlementId).at(-1);
    return {
      posting,
      name: names.get(postingKey(settlementId, posting.idNumber)) ?? null,
      resettlement: later ? { settlementId: Number(later.sid), status: later.status } : null,
    };
  });
}
