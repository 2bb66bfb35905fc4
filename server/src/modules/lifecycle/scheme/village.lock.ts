import { lockRow } from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';
import { Village } from '../../reference/division/village.entity.js';

/**
 * Locks the village's row for the rest of the transaction (SELECT … FOR UPDATE on PostgreSQL; SQLite already
 * runs one writer at a time), so that two settlements or imports of one village run one after the other.
 */
export async function lockVillage(tx: Em, village: Village): Promise<void> {
  await lockRow(tx, Village, village.id);
}
