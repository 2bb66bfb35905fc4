/** Checks of the rows of a recordPostings call, every bad row named (RowIssue), nothing stored when any is bad. */
import type { RowIssue } from '@cunce/rules';
import type { PostingStatus } from '../../lifecycle/settlementRecord/posting.entity.js';

export const MAX_REASON_LENGTH = 200;

export interface PostingRow {
  idNumber: string;
  status: PostingStatus;
  reason?: string | null;
}

/** What the member's outcome row in the settlement says. */
export interface OutcomeFacts {
  collectiveFen: number;
  eligible: boolean;
}

export interface StoredPosting {
  status: PostingStatus;
  reason: string | null;
}

export type FreshPosting = { idNumber: string; status: PostingStatus; reason: string | null } & OutcomeFacts;

export interface PostingCheck {
  issues: RowIssue[];
  /** Rows to store. */
  fresh: FreshPosting[];
  /** Rows identical to what is already stored (sent again, nothing to do). */
  unchanged: number;
}

const LABELS: Record<PostingStatus, string> = { POSTED: '已入账', REJECTED: '已退回' };

/**
 * A posting is final once recorded: sending the same status and reason again changes nothing; anything else
 * for a member already recorded is refused (a rejection is fixed by the village's supplementary settlement).
 */
export function checkPostings(
  rows: readonly PostingRow[],
  outcomes: ReadonlyMap<string, OutcomeFacts>,
  stored: ReadonlyMap<string, StoredPosting>,
): PostingCheck {
  const issues: RowIssue[] = [];
  const fresh: FreshPosting[] = [];
  const seen = new Set<string>();
  let unchanged = 0;
  rows.forEach((row, index) => {
    const idNumber = row.idNumber.trim().toUpperCase();
    const reason = row.reason?.trim() || null;
    const bad = (field: string, code: string, message: string) => issues.push({ index, idNumber: row.idNumber, field, code, message });
    const facts = outcomes.get(idNumber);
    if (seen.has(idNumber)) return bad('idNumber', 'DUPLICATE_ID_NUMBER', `身份证号${idNumber}在本次提交中重复出现，每人只报一条`);
    seen.add(idNumber);
    if (!facts) return bad('idNumber', 'NOT_IN_SETTLEMENT', `身份证号${row.idNumber}不在本次结算中，请核对号码`);
    if (row.status === 'REJECTED' && !reason) return bad('reason', 'REASON_REQUIRED', '退回的成员须填写退回原因（如：账户信息不符）');
    if (row.status === 'POSTED' && reason) return bad('reason', 'REASON_NOT_ALLOWED', '已入账的成员不填退回原因，请删去原因或改为退回');
    if (reason && reason.length > MAX_REASON_LENGTH)
      return bad('reason', 'REASON_TOO_LONG', `退回原因最多${MAX_REASON_LENGTH}字，现为${reason.length}字`);
    const before = stored.get(idNumber);
    if (before && before.status === row.status && before.reason === reason) {
      unchanged++;
      return;
    }
    if (before) {
      return bad(
        'status',
        'POSTING_FINAL',
        `此人已登记为“${LABELS[before.status]}”，入账结果登记后不能更改；退回的成员由村里更正后补充结算`,
      );
    }
    fresh.push({ idNumber, status: row.status, reason, ...facts });
  });
  return { issues, fresh, unchanged };
}
