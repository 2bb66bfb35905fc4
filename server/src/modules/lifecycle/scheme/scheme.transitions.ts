/**
 * The scheme's status machine (API.md, "The scheme of a village"). Pure: the service asks here what a move
 * leads to and refuses with INVALID_TRANSITION when the answer is null.
 *
 *   (none) ─save→ DRAFT ─submit→ SUBMITTED ─last receipt→ FILED ─suspend→ SUSPENDED ─resume→ SUBMITTED
 *                  ↑ save           │ return                 │ save (amendment: filedVersion keeps paying)
 *                  └────────────────┘                        └→ DRAFT
 */

import { SCHEME_STATUS_LABELS as STATUS_LABELS, type SchemeStatus } from '@cunce/rules';
import type { ReceiptKind } from '../filing/filingReceipt.entity.js';

// The statuses and their names are the rules package's (shared with the editor); re-exported for this module's users.
export { SCHEME_STATUSES, SCHEME_STATUS_LABELS as STATUS_LABELS, type SchemeStatus } from '@cunce/rules';

/** What a user or the last filing receipt does to a scheme. */
export type SchemeMove = 'SAVE' | 'SUBMIT' | 'RETURN' | 'FILE' | 'SUSPEND' | 'RESUME';

const MOVES: Record<SchemeMove, Partial<Record<SchemeStatus | 'NONE', SchemeStatus>>> = {
  SAVE: { NONE: 'DRAFT', DRAFT: 'DRAFT', FILED: 'DRAFT' },
  SUBMIT: { DRAFT: 'SUBMITTED' },
  RETURN: { SUBMITTED: 'DRAFT' },
  FILE: { SUBMITTED: 'FILED' },
  SUSPEND: { FILED: 'SUSPENDED' },
  RESUME: { SUSPENDED: 'SUBMITTED' },
};

/** The status after `move` from `from` (null: no scheme yet), or null when the move is not allowed. */
export function nextStatus(from: SchemeStatus | null, move: SchemeMove): SchemeStatus | null {
  return MOVES[move][from ?? 'NONE'] ?? null;
}

const MOVE_LABELS: Record<SchemeMove, string> = {
  SAVE: '保存补助标准',
  SUBMIT: '报送备案',
  RETURN: '退回',
  FILE: '备案',
  SUSPEND: '暂停实施',
  RESUME: '申请恢复实施',
};

/** The Chinese message of a refused move. */
export function transitionMessage(from: SchemeStatus | null, move: SchemeMove): string {
  const where = from ? `方案当前状态为“${STATUS_LABELS[from]}”` : '该村该年度还没有方案';
  return `${where}，不能${MOVE_LABELS[move]}`;
}

/**
 * Which receipt an acknowledgement is while the scheme is in `status`: a filing's (备案) while SUBMITTED, a
 * suspension's (暂停) while SUSPENDED; null when there is nothing to acknowledge.
 */
export function receiptKindFor(status: SchemeStatus): ReceiptKind | null {
  if (status === 'SUBMITTED') return 'FILING';
  if (status === 'SUSPENDED') return 'SUSPENSION';
  return null;
}
