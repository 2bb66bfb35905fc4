import type { Em } from '../../../db/orm.js';
import { DomainError } from '../../../errors.js';
import { audit } from '../../audit/audit.js';
import type { User } from '../../reference/user/user.entity.js';
import type { Scheme } from './scheme.entity.js';
import { getScheme } from './scheme.repository.js';
import { schemeSnapshot } from './scheme.snapshot.js';
import { nextStatus, transitionMessage, type SchemeMove, type SchemeStatus } from './scheme.transitions.js';

/**
 * Runs `change` on the freshly loaded scheme inside one transaction, then flushes. The scheme's `updatedAt` is
 * touched so that its revision column makes a concurrent change of the same scheme fail (CONFLICT).
 */
export async function changeScheme<T>(em: Em, schemeId: string, change: (tx: Em, scheme: Scheme) => Promise<T>): Promise<T> {
  return em.transactional(async (tx) => {
    const scheme = await getScheme(tx, schemeId);
    const result = await change(tx, scheme);
    scheme.updatedAt = new Date();
    await tx.flush();
    return result;
  });
}

/** The status `move` leads to from the scheme's status; INVALID_TRANSITION when it is not allowed. */
export function moveTo(scheme: Scheme, move: SchemeMove): SchemeStatus {
  const status = nextStatus(scheme.status, move);
  if (!status) throw new DomainError('INVALID_TRANSITION', transitionMessage(scheme.status, move), { status: scheme.status });
  return status;
}

/** Audits a change of the scheme row (status, rounds…) from the snapshot `before`. */
export function auditScheme(
  tx: Em,
  user: User,
  action: string,
  scheme: Scheme,
  before: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): void {
  audit(
    tx,
    user,
    action,
    'Scheme',
    scheme.id,
    before,
    { ...schemeSnapshot(scheme), ...extra },
    { village: scheme.village, year: scheme.year },
  );
}
