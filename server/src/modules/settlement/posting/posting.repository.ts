/** Reading postings and the outcome facts they are checked against. */
import type { Em } from '../../../db/orm.js';
import { SettlementOutcome } from '../../lifecycle/settlementRecord/settlementOutcome.entity.js';
import type { OutcomeFacts, StoredPosting } from './posting.check.js';
import { Posting, type PostingStatus } from '../../lifecycle/settlementRecord/posting.entity.js';

/** The settlement's members (by ID number) with their collective subsidy and eligibility. */
export async function outcomeFacts(em: Em, settlementId: number): Promise<Map<string, OutcomeFacts>> {
  const rows: { idNumber: string; collectiveFen: number; eligible: unknown }[] = await em
    .createQueryBuilder(SettlementOutcome, 'o')
    .select(['o.idNumber', 'o.collectiveFen', 'o.eligible'])
    .where({ settlement: settlementId })
    .execute('all');
  return new Map(rows.map((r) => [r.idNumber, { collectiveFen: Number(r.collectiveFen), eligible: Boolean(r.eligible) }]));
}

export async function storedPostings(em: Em, settlementId: number): Promise<Map<string, StoredPosting>> {
  const rows: { idNumber: string; status: PostingStatus; reason: string | null }[] = await em
    .createQueryBuilder(Posting, 'p')
    .select(['p.idNumber', 'p.status', 'p.reason'])
    .where({ settlement: settlementId })
    .execute('all');
  return new Map(rows.map((r) => [r.idNumber, { status: r.status, reason: r.reason }]));
}

export interface StatusTotals {
  count: number;
  collectiveFen: number;
}

/** Per status: how many members and how much collective subsidy (fen). One grouped query. */
export async function postingTotals(em: Em, settlementId: number): Promise<Record<PostingStatus, StatusTotals>> {
  const knex = em.getTransactionContext() ?? em.getKnex();
  const rows: { status: PostingStatus; n: unknown; fen: unknown }[] = await knex('posting')
    .select('status')
    .count({ n: '*' })
    .sum({ fen: 'collective_fen' })
    .where('settlement_id', settlementId)
    .groupBy('status');
  const totals: Record<PostingStatus, StatusTotals> = { POSTED: { count: 0, collectiveFen: 0 }, REJECTED: { count: 0, collectiveFen: 0 } };
  for (const r of rows) totals[r.status] = { count: Number(r.n), collectiveFen: Number(r.fen ?? 0) };
  return totals;
}
