/** A draft settlement confirmed by the village (committing the collective's money), then accepted by the agency. */
import { SETTLEMENT_STATUS_LABELS as STATUS_LABELS } from '@cunce/rules';
import type { Em } from '../../../db/orm.js';
import { Conflict, DomainError } from '../../../errors.js';
import { audit } from '../../audit/audit.js';
import { assertDonationsCurrent } from '../allocation/donation.basis.js';
import { checkVillageRole } from '../../reference/auth/access.js';
import { findPaying } from '../../lifecycle/scheme/scheme.paying.js';
import type { User } from '../../reference/user/user.entity.js';
import { Settlement, type SettlementStatus } from '../../lifecycle/settlementRecord/settlement.entity.js';
import { getSettlement } from '../../lifecycle/settlementRecord/settlement.repository.js';
import { settlementSnapshot } from './settlement.snapshot.js';

export function confirmSettlement(em: Em, user: User, settlementId: string): Promise<Settlement> {
  return em.transactional(async (tx) => {
    const s = await getSettlement(tx, settlementId);
    checkVillageRole(user, s.village, ['VILLAGE_CADRE']);
    assertStatus(s, 'DRAFT', '确认');
    const paying = await findPaying(tx, s.village, s.year);
    if (!s.schemeActive || !paying) {
      throw new DomainError('SCHEME_NOT_ACTIVE', `${s.village.name}${s.year}年度没有已备案且在实施中的补助标准，此结算不能确认`);
    }
    if (paying.version.id !== s.ruleSetVersion?.id) {
      throw new Conflict(`结算后执行中的补助标准已变为第${paying.version.version}版，请重新结算后再确认`);
    }
    await assertDonationsCurrent(tx, s);
    if (s.budgetExceeded) {
      throw new DomainError('BUDGET_EXCEEDED', '符合条件成员的集体补助合计超出预算（超预算时拒绝），请调整补助标准或预算后重新结算');
    }
    return move(tx, user, s, { status: 'CONFIRMED', confirmedAt: new Date(), confirmedBy: user }, 'CONFIRM_SETTLEMENT');
  });
}

export function acceptSettlement(em: Em, user: User, settlementId: string): Promise<Settlement> {
  return em.transactional(async (tx) => {
    const s = await getSettlement(tx, settlementId);
    checkVillageRole(user, s.village, ['AGENCY']);
    assertStatus(s, 'CONFIRMED', '受理');
    return move(tx, user, s, { status: 'ACCEPTED', acceptedAt: new Date(), acceptedBy: user }, 'ACCEPT_SETTLEMENT');
  });
}

function assertStatus(s: Settlement, expected: SettlementStatus, what: string): void {
  if (s.status !== expected) {
    throw new DomainError(
      'INVALID_TRANSITION',
      `结算当前为“${STATUS_LABELS[s.status]}”，只有“${STATUS_LABELS[expected]}”的结算才能${what}`,
      { status: s.status },
    );
  }
}

/**
 * Moves the settlement with a conditional update (status still as read), so that of two concurrent moves only
 * one succeeds (the other: CONFLICT).
 */
async function move(tx: Em, user: User, s: Settlement, change: Partial<Settlement>, action: string): Promise<Settlement> {
  const before = settlementSnapshot(s);
  const updated = await tx.nativeUpdate(Settlement, { id: s.id, status: s.status }, change);
  if (updated !== 1) throw new Conflict('结算已被他人同时处理，请刷新后查看');
  const moved = await getSettlement(tx, String(s.id));
  audit(tx, user, action, 'Settlement', s.id, before, settlementSnapshot(moved), { village: s.village, year: s.year });
  await tx.flush();
  return moved;
}
