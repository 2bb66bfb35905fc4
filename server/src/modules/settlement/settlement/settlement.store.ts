/** A settlement's outcome rows (no traces are stored): built from the evaluation, written in batches. */
import { batchInsert } from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';
import { SettlementOutcome } from '../../lifecycle/settlementRecord/settlementOutcome.entity.js';
import type { OutcomeRow } from './settlement.rows.js';

export { outcomeRows, type OutcomeRow } from './settlement.rows.js';

export async function insertOutcomes(em: Em, settlementId: number, rows: readonly OutcomeRow[]): Promise<void> {
  await batchInsert(em, SettlementOutcome, rows, { settlement: settlementId });
}
