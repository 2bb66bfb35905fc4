/** The agency records, for an accepted settlement, which members it posted (入账) and which it rejected (退回). */
import { LockMode } from '@mikro-orm/core';
import { assertMemberCount } from '../../../limits/limits.js';
import { batchInsert } from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';
import { BadRows, BadUserInput, DomainError } from '../../../errors.js';
import { audit } from '../../audit/audit.js';
import { checkVillageRole } from '../../reference/auth/access.js';
import { Settlement } from '../../lifecycle/settlementRecord/settlement.entity.js';
import { getSettlement } from '../../lifecycle/settlementRecord/settlement.repository.js';
import type { User } from '../../reference/user/user.entity.js';
import { checkPostings, type PostingRow } from './posting.check.js';
import { Posting } from '../../lifecycle/settlementRecord/posting.entity.js';
import { outcomeFacts, postingTotals, storedPostings } from './posting.repository.js';
import { postingSummary, type PostingSummary } from './posting.summary.js';

export interface RecordedPostings {
  settlement: Settlement;
  recorded: number;
  unchanged: number;
  summary: PostingSummary;
}

/**
 * All or nothing, in one transaction with the settlement's row locked: every row is checked (in the
 * settlement, not twice, a reason for each rejection, not already recorded otherwise) before anything is
 * stored; one audit entry lists what was recorded (none when every row was already recorded as sent).
 */
export async function recordPostings(em: Em, user: User, settlementId: string, rows: readonly PostingRow[]): Promise<RecordedPostings> {
  if (rows.length === 0) throw new BadUserInput('请至少提交一名成员的入账结果');
  assertMemberCount(rows.length);
  return em.transactional(async (tx) => {
    const s = await getSettlement(tx, settlementId);
    checkVillageRole(user, s.village, ['AGENCY']);
    await tx.findOne(Settlement, { id: s.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (s.status !== 'ACCEPTED') {
      throw new DomainError('INVALID_TRANSITION', '只有经办机构已受理的结算才能登记入账结果，请先受理该结算', { status: s.status });
    }
    const before = postingSummary(s, await postingTotals(tx, s.id));
    const check = checkPostings(rows, await outcomeFacts(tx, s.id), await storedPostings(tx, s.id));
    if (check.issues.length > 0) {
      throw new BadRows(check.issues, `有${check.issues.length}条入账结果有误，请按提示更正后重新提交；本次未登记任何结果`);
    }
    if (check.fresh.length === 0) return { settlement: s, recorded: 0, unchanged: check.unchanged, summary: before };
    const recordedAt = new Date();
    await batchInsert(tx, Posting, check.fresh, { settlement: s.id, recordedAt, recordedBy: user.id });
    const summary = postingSummary(s, await postingTotals(tx, s.id));
    const posted = check.fresh.filter((p) => p.status === 'POSTED').map((p) => p.idNumber);
    const rejected = check.fresh.filter((p) => p.status === 'REJECTED').map((p) => ({ idNumber: p.idNumber, reason: p.reason }));
    audit(
      tx,
      user,
      'RECORD_POSTINGS',
      'Settlement',
      s.id,
      before,
      { ...summary, posted, rejected, unchanged: check.unchanged },
      { village: s.village, year: s.year },
    );
    await tx.flush();
    return { settlement: s, recorded: check.fresh.length, unchanged: check.unchanged, summary };
  });
}
